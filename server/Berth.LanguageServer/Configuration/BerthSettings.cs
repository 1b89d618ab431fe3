using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Configuration;

/// <summary>
/// The editor's "berth" settings section, in the same shape as .hadolint.yaml where they overlap:
/// <code>{ "ignore": ["DL3006"], "override": { "error": ["DL3008"], "warning": [], "info": [], "style": [] }, "trustedRegistries": ["docker.io"] }</code>
/// Unknown keys are left alone; a key of the wrong shape is reported and skipped, never fatal.
/// </summary>
public sealed record BerthSettings(LintSettings Lint)
{
    public static BerthSettings Default { get; } = new(LintSettings.Default);

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
        ReadIds(settings["ignore"], "berth.ignore", ignored, problems);

        var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        if (settings["override"] is { } overrideToken && overrideToken.Type != JTokenType.Null)
        {
            if (overrideToken is JObject overrideObject)
            {
                foreach (var (key, severity) in OverrideLevels)
                {
                    var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    ReadIds(overrideObject[key], $"berth.override.{key}", ids, problems);
                    foreach (var id in ids) overrides[id] = severity;
                }
            }
            else
            {
                problems.Add("The setting berth.override must be an object such as { \"error\": [\"DL3008\"] }; it was skipped.");
            }
        }

        var trusted = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ReadIds(settings["trustedRegistries"], "berth.trustedRegistries", trusted, problems);

        return new BerthSettings(new LintSettings { Ignored = [.. ignored], SeverityOverrides = overrides, TrustedRegistries = [.. trusted] });
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
