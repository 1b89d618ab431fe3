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
}
