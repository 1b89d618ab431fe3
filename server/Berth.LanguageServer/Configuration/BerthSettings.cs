using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Configuration;

/// <summary>
/// The editor's "berth" settings section, as the VS Code client contributes it (client-vscode/package.json):
/// <code>{ "lint": { "ignore": ["DL3006"], "severities": { "DL3008": "error", "DL3059": "off" }, "trustedRegistries": ["docker.io"] },
///   "format": { "enable": true, "continuationIndent": 4, "uppercaseInstructions": true },
///   "shellcheck": { "enable": true }, "docker": { "host": "unix:///var/run/docker.sock" },
///   "alibabaCloud": { "profile": "default", "region": "cn-hangzhou" } }</code>
/// The .hadolint.yaml shape at the top level (<c>ignore</c>, <c>override.error</c>, <c>trustedRegistries</c>) is
/// read too, for clients configured by hand. Unknown keys are left alone; a key of the wrong shape is reported
/// and skipped, never fatal.
/// </summary>
public sealed record BerthSettings(LintSettings Lint)
{
    public static BerthSettings Default { get; } = new(LintSettings.Default);

    /// <summary>How the formatter lays out instructions, beyond what the editor's FormattingOptions say.</summary>
    public FormatSettings Format { get; init; } = FormatSettings.Default;

    /// <summary>Run ShellCheck on RUN instructions when the program is installed.</summary>
    public bool ShellCheckEnabled { get; init; } = true;

    /// <summary>The Docker engine to use instead of DOCKER_HOST / the current docker context; null when unset.</summary>
    public string? DockerHost { get; init; }

    /// <summary>The aliyun CLI profile to take credentials from; null when unset.</summary>
    public string? AlibabaCloudProfile { get; init; }

    /// <summary>The Alibaba Cloud region to use when the manifest names none; null when unset.</summary>
    public string? AlibabaCloudRegion { get; init; }

    private static readonly (string Key, Severity Severity)[] OverrideLevels =
        [("error", Severity.Error), ("warning", Severity.Warning), ("info", Severity.Info), ("style", Severity.Style)];

    /// <summary>Reads the section; <paramref name="problems"/> collects one sentence per key it had to skip.</summary>
    public static BerthSettings FromJson(JToken? section, ICollection<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (section is null || section.Type == JTokenType.Null) return Default;
        if (section is not JObject settings)
        {
            problems.Add("The 'berth' settings must be an object; using the defaults.");
            return Default;
        }

        var ignored = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        var trusted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        // The .hadolint.yaml shape at the top level.
        ReadIds(settings["ignore"], "berth.ignore", ignored, problems);
        ReadOverrides(settings["override"], overrides, problems);
        ReadIds(settings["trustedRegistries"], "berth.trustedRegistries", trusted, problems);

        // The VS Code client's shape, under "lint".
        if (Section(settings, "lint", problems) is { } lint)
        {
            ReadIds(lint["ignore"], "berth.lint.ignore", ignored, problems);
            ReadSeverities(lint["severities"], ignored, overrides, problems);
            ReadIds(lint["trustedRegistries"], "berth.lint.trustedRegistries", trusted, problems);
        }

        var format = FormatSettings.Default;
        if (Section(settings, "format", problems) is { } formatSection)
        {
            format = new FormatSettings(
                Enabled: ReadBool(formatSection["enable"], "berth.format.enable", true, problems),
                ContinuationIndent: ReadIndent(formatSection["continuationIndent"], problems),
                UppercaseInstructions: ReadBool(formatSection["uppercaseInstructions"], "berth.format.uppercaseInstructions", true, problems));
        }

        var shellCheck = Section(settings, "shellcheck", problems);
        var docker = Section(settings, "docker", problems);
        var alibabaCloud = Section(settings, "alibabaCloud", problems);

        return new BerthSettings(new LintSettings { Ignored = [.. ignored], SeverityOverrides = overrides, TrustedRegistries = [.. trusted] })
        {
            Format = format,
            ShellCheckEnabled = ReadBool(shellCheck?["enable"], "berth.shellcheck.enable", true, problems),
            DockerHost = ReadText(docker?["host"], "berth.docker.host", problems),
            AlibabaCloudProfile = ReadText(alibabaCloud?["profile"], "berth.alibabaCloud.profile", problems),
            AlibabaCloudRegion = ReadText(alibabaCloud?["region"], "berth.alibabaCloud.region", problems),
        };
    }

    private static JObject? Section(JObject settings, string key, ICollection<string> problems)
    {
        var token = settings[key];
        if (token is null || token.Type == JTokenType.Null) return null;
        if (token is JObject section) return section;
        problems.Add($"The setting berth.{key} must be an object; it was skipped.");
        return null;
    }

    private static void ReadOverrides(JToken? token, Dictionary<string, Severity> overrides, ICollection<string> problems)
    {
        if (token is null || token.Type == JTokenType.Null) return;
        if (token is not JObject overrideObject)
        {
            problems.Add("The setting berth.override must be an object such as { \"error\": [\"DL3008\"] }; it was skipped.");
            return;
        }
        foreach (var (key, severity) in OverrideLevels)
        {
            var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            ReadIds(overrideObject[key], $"berth.override.{key}", ids, problems);
            foreach (var id in ids) overrides[id] = severity;
        }
    }

    // berth.lint.severities: { "DL3008": "error", "DL3059": "off" } — "off" ignores the rule.
    private static void ReadSeverities(JToken? token, HashSet<string> ignored, Dictionary<string, Severity> overrides, ICollection<string> problems)
    {
        if (token is null || token.Type == JTokenType.Null) return;
        if (token is not JObject severities)
        {
            problems.Add("The setting berth.lint.severities must be an object such as { \"DL3008\": \"error\" }; it was skipped.");
            return;
        }
        foreach (var (id, value) in severities)
        {
            var level = value?.Type == JTokenType.String ? value.Value<string>()!.Trim() : null;
            if (string.Equals(level, "off", StringComparison.OrdinalIgnoreCase))
            {
                ignored.Add(id.Trim());
                continue;
            }
            var match = OverrideLevels.Where(l => string.Equals(l.Key, level, StringComparison.OrdinalIgnoreCase)).ToList();
            if (match.Count == 0)
            {
                problems.Add($"The setting berth.lint.severities.{id} must be one of error, warning, info, style or off; it was skipped.");
                continue;
            }
            overrides[id.Trim()] = match[0].Severity;
        }
    }

    private static bool ReadBool(JToken? token, string name, bool fallback, ICollection<string> problems)
    {
        if (token is null || token.Type == JTokenType.Null) return fallback;
        if (token.Type == JTokenType.Boolean) return token.Value<bool>();
        problems.Add($"The setting {name} must be true or false; using {(fallback ? "true" : "false")}.");
        return fallback;
    }

    private static int? ReadIndent(JToken? token, ICollection<string> problems)
    {
        if (token is null || token.Type == JTokenType.Null) return null;
        if (token.Type == JTokenType.Integer && token.Value<long>() is >= 0 and <= 16) return token.Value<int>();
        problems.Add("The setting berth.format.continuationIndent must be a whole number from 0 to 16; using the editor's indent.");
        return null;
    }

    private static string? ReadText(JToken? token, string name, ICollection<string> problems)
    {
        if (token is null || token.Type == JTokenType.Null) return null;
        if (token.Type != JTokenType.String)
        {
            problems.Add($"The setting {name} must be a string; it was skipped.");
            return null;
        }
        var text = token.Value<string>()!.Trim();
        return text.Length == 0 ? null : text;
    }

    private static void ReadIds(JToken? token, string name, HashSet<string> into, ICollection<string> problems)
    {
        if (token is null || token.Type == JTokenType.Null) return;
        if (token is not JArray array || array.Any(item => item.Type != JTokenType.String))
        {
            problems.Add($"The setting {name} must be a list of strings such as [\"DL3006\"]; it was skipped.");
            return;
        }
        foreach (var item in array) into.Add(item.Value<string>()!.Trim());
    }
}
