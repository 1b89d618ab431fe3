using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Workspace.Linting;

namespace Berth.Workspace.Tests;

public sealed class LintOptionsTests
{
    private static readonly Diagnostic[] Findings =
    [
        new("DL3006", Severity.Warning, new TextSpan(0, 4), "Always tag the version of an image explicitly."),
        new("BER0001", Severity.Error, new TextSpan(5, 3), "Unknown instruction."),
        new("DL3008", Severity.Warning, new TextSpan(9, 2), "Pin versions in apt-get install."),
    ];

    [Fact]
    public void Ignored_rules_are_dropped_case_insensitively_and_overrides_regrade()
    {
        var options = new LintOptions
        {
            IgnoredRules = new HashSet<string>(["dl3006"], StringComparer.OrdinalIgnoreCase),
            SeverityOverrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase) { ["DL3008"] = Severity.Error },
        };

        var kept = options.Apply(Findings);

        Assert.Equal(["BER0001", "DL3008"], kept.Select(d => d.Code));
        Assert.Equal(Severity.Error, kept[1].Severity);
    }

    [Fact]
    public void Default_options_keep_everything() => Assert.Equal(Findings, LintOptions.Default.Apply(Findings));

    [Theory]
    [InlineData("error", Severity.Warning, false)]
    [InlineData("error", Severity.Error, true)]
    [InlineData("warning", Severity.Warning, true)]
    [InlineData("warning", Severity.Info, false)]
    [InlineData("style", Severity.Style, true)]
    [InlineData("none", Severity.Error, false)]
    [InlineData("INFO", Severity.Info, true)]
    public void Failure_threshold_fails_at_or_above_its_level(string name, Severity severity, bool fails) =>
        Assert.Equal(fails, FailureThreshold.Parse(name)!.IsFailure(severity));

    [Fact]
    public void An_unknown_threshold_name_is_not_parsed() => Assert.Null(FailureThreshold.Parse("fatal"));
}
