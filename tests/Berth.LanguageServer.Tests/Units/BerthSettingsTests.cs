using Berth.Dockerfile.Diagnostics;
using Berth.LanguageServer.Configuration;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Units;

public sealed class BerthSettingsTests
{
    [Fact]
    public void Reads_ignore_and_override_in_the_hadolint_shape()
    {
        var problems = new List<string>();
        var settings = BerthSettings.FromJson(JObject.Parse("""{ "ignore": ["DL3006"], "override": { "error": ["DL3008"], "style": ["DL3059"] }, "trustedRegistries": ["docker.io"], "future": 1 }"""), problems);

        Assert.Empty(problems);
        Assert.Equal(["DL3006"], settings.Lint.Ignored);
        Assert.Equal(Severity.Error, settings.Lint.SeverityOverrides["DL3008"]);
        Assert.Equal(Severity.Style, settings.Lint.SeverityOverrides["DL3059"]);
        Assert.Equal(["docker.io"], settings.Lint.TrustedRegistries);
    }

    [Fact]
    public void A_key_of_the_wrong_shape_is_skipped_with_a_message()
    {
        var problems = new List<string>();
        var settings = BerthSettings.FromJson(JObject.Parse("""{ "ignore": "DL3006", "override": { "warning": ["DL3008"] } }"""), problems);

        Assert.Equal("The setting berth.ignore must be a list of strings such as [\"DL3006\"]; it was skipped.", Assert.Single(problems));
        Assert.Empty(settings.Lint.Ignored);
        Assert.Equal(Severity.Warning, settings.Lint.SeverityOverrides["DL3008"]);
    }

    [Fact]
    public void A_section_that_is_not_an_object_gives_the_defaults()
    {
        var problems = new List<string>();
        Assert.Same(BerthSettings.Default, BerthSettings.FromJson(new JValue(42), problems));
        Assert.Single(problems);
        Assert.Same(BerthSettings.Default, BerthSettings.FromJson(null, problems));
    }
    [Fact]
    public void Reads_every_section_the_vscode_client_contributes()
    {
        var problems = new List<string>();
        var settings = BerthSettings.FromJson(JObject.Parse("""
            {
              "lint": { "ignore": ["DL3006"], "severities": { "DL3008": "error", "DL3059": "off" }, "trustedRegistries": ["registry.cn-hangzhou.aliyuncs.com"] },
              "format": { "enable": false, "continuationIndent": 2, "uppercaseInstructions": false },
              "shellcheck": { "enable": false },
              "docker": { "host": "tcp://127.0.0.1:2375" },
              "alibabaCloud": { "profile": "prod", "region": "cn-shanghai" },
              "server": { "path": "" },
              "trace": { "server": "off" }
            }
            """), problems);

        Assert.Empty(problems);
        Assert.Equal(["DL3006", "DL3059"], settings.Lint.Ignored.Order());
        Assert.Equal(Severity.Error, settings.Lint.SeverityOverrides["DL3008"]);
        Assert.False(settings.Lint.SeverityOverrides.ContainsKey("DL3059"));
        Assert.Equal(["registry.cn-hangzhou.aliyuncs.com"], settings.Lint.TrustedRegistries);
        Assert.Equal(new FormatSettings(Enabled: false, ContinuationIndent: 2, UppercaseInstructions: false), settings.Format);
        Assert.False(settings.ShellCheckEnabled);
        Assert.Equal("tcp://127.0.0.1:2375", settings.DockerHost);
        Assert.Equal("prod", settings.AlibabaCloudProfile);
        Assert.Equal("cn-shanghai", settings.AlibabaCloudRegion);
    }

    [Fact]
    public void Empty_strings_and_missing_sections_mean_unset()
    {
        var problems = new List<string>();
        var settings = BerthSettings.FromJson(JObject.Parse("""{ "docker": { "host": "  " }, "alibabaCloud": { "profile": "" } }"""), problems);

        Assert.Empty(problems);
        Assert.Null(settings.DockerHost);
        Assert.Null(settings.AlibabaCloudProfile);
        Assert.True(settings.ShellCheckEnabled);
        Assert.Equal(FormatSettings.Default, settings.Format);
    }

    [Fact]
    public void Wrongly_shaped_client_settings_are_skipped_each_with_one_message()
    {
        var problems = new List<string>();
        var settings = BerthSettings.FromJson(JObject.Parse("""
            { "lint": { "severities": { "DL3008": "loud", "DL3006": "warning" } }, "format": { "continuationIndent": -1, "enable": "yes" }, "shellcheck": true, "docker": { "host": 5 } }
            """), problems);

        Assert.Equal(5, problems.Count);
        Assert.Contains("The setting berth.lint.severities.DL3008 must be one of error, warning, info, style or off; it was skipped.", problems);
        Assert.Contains("The setting berth.shellcheck must be an object; it was skipped.", problems);
        Assert.Equal(Severity.Warning, settings.Lint.SeverityOverrides["DL3006"]);
        Assert.True(settings.Format.Enabled);
        Assert.Null(settings.Format.ContinuationIndent);
        Assert.Null(settings.DockerHost);
    }
}
