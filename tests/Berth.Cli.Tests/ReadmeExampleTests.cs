namespace Berth.Cli.Tests;

/// <summary>The README's "run it" command (<c>berth lint examples/</c>) stays clean: the bundled example is our showcase.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task Lint_of_the_bundled_example_finds_nothing()
    {
        var run = await CliRun.RunAsync(RepoPaths.Root, "lint", "examples/");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No findings in 2 files.", run.Out.Trim());
        Assert.Equal("", run.Error);
    }
}
