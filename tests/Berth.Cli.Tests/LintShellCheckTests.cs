namespace Berth.Cli.Tests;

/// <summary><c>berth lint</c> runs the installed shellcheck on RUN instructions, unless told <c>--no-shellcheck</c>.</summary>
public sealed class LintShellCheckTests
{
    private static string Fixture => Path.Combine(RepoPaths.Root, "tests", "fixtures", "shellcheck");

    [Fact]
    public async Task Shellcheck_findings_are_printed_at_their_dockerfile_line_and_column()
    {
        var run = await CliRun.RunAsync(Fixture, "lint", "Dockerfile");
        // Line 7, column 24 (1-based): $target on the third physical line of the continued RUN.
        Assert.Contains("Dockerfile:7:24: warning SC2154 target is referenced but not assigned.", run.Out, StringComparison.Ordinal);
        // Line 11, column 4: $source inside the heredoc script.
        Assert.Contains("Dockerfile:11:4: warning SC2154 source is referenced but not assigned.", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task No_shellcheck_leaves_the_sc_findings_out()
    {
        var run = await CliRun.RunAsync(Fixture, "lint", "--no-shellcheck", "Dockerfile");
        Assert.DoesNotContain(" SC", run.Out, StringComparison.Ordinal);
        Assert.Contains("DL3009", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sc_ids_are_ignored_and_regraded_by_the_usual_flags()
    {
        var ignored = await CliRun.RunAsync(Fixture, "lint", "--ignore", "SC2154", "Dockerfile");
        Assert.DoesNotContain("SC2154", ignored.Out, StringComparison.Ordinal);
        var raised = await CliRun.RunAsync(Fixture, "lint", "--error", "SC2154", "Dockerfile");
        Assert.Contains("Dockerfile:7:24: error SC2154 ", raised.Out, StringComparison.Ordinal);
        Assert.Equal(1, raised.ExitCode);
    }
}
