using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests.Rules;

public sealed class LabelRuleTests
{
    private static readonly LintSettings Schema = new()
    {
        RequiredLabels = new Dictionary<string, LabelFormat>
        {
            ["url"] = LabelFormat.Url, ["created"] = LabelFormat.Rfc3339, ["license"] = LabelFormat.Spdx, ["revision"] = LabelFormat.Hash,
            ["version"] = LabelFormat.Semver, ["maintainer"] = LabelFormat.Email, ["title"] = LabelFormat.Text,
        },
        StrictLabels = true,
    };

    private static List<string> Codes(string text) =>
        Linter.Lint(DockerfileDocument.Parse(text), Schema).Select(d => d.Code + ":" + text.Substring(d.Span.Start, d.Span.Length)).ToList();

    [Fact]
    public void Invalid_values_are_reported_on_the_value()
    {
        var codes = Codes("FROM a:1\nLABEL url=nope created=yesterday license=\"not a licence!\" revision=xyz version=1.2 maintainer=bob title=\"\" extra=1\n");
        Assert.Contains("DL3052:nope", codes);
        Assert.Contains("DL3053:yesterday", codes);
        Assert.Contains("DL3054:\"not a licence!\"", codes);
        Assert.Contains("DL3055:xyz", codes);
        Assert.Contains("DL3056:1.2", codes);
        Assert.Contains("DL3058:bob", codes);
        Assert.Contains("DL3051:title=\"\"", codes);
        Assert.Contains("DL3050:extra", codes);
    }

    [Fact]
    public void Valid_values_pass()
    {
        var codes = Codes("FROM a:1\nLABEL url=https://example.com created=2024-05-01T12:00:00Z license=\"MIT OR Apache-2.0\" revision=0123abc version=1.2.3-rc.1 maintainer=bob@example.com title=Berth\n");
        Assert.DoesNotContain(codes, c => c.StartsWith("DL305", StringComparison.Ordinal) || c.StartsWith("DL3049", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_required_label_is_reported_on_the_final_from()
    {
        var codes = Codes("FROM a:1\nLABEL url=https://x.org\n");
        Assert.Contains("DL3049:FROM", codes);
    }

    [Theory]
    [InlineData("FROM a:1\nLABEL Version=1\n", "Version")]
    [InlineData("FROM a:1\nLABEL com.docker.thing=1\n", "com.docker.thing")]
    public void Label_keys_are_checked(string text, string key) => RuleAssert.Fires(text, "DL3048", key);

    [Fact]
    public void Conventional_label_keys_pass() => RuleAssert.Silent("FROM a:1\nLABEL org.opencontainers.image.title=x my-label=1\n", "DL3048");
}
