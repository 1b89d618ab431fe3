namespace Berth.Cli.Tests;

/// <summary><c>berth lint</c> checks COPY sources against the Dockerfile's folder and its .dockerignore on disk.</summary>
public sealed class LintBuildContextTests
{
    [Fact]
    public async Task Missing_and_ignored_sources_are_reported_at_their_position()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "app.py"), "print(1)\n");
        File.WriteAllText(Path.Combine(folder.Path, "notes.md"), "notes\n");
        File.WriteAllText(Path.Combine(folder.Path, ".dockerignore"), "*.md\n");
        File.WriteAllText(Path.Combine(folder.Path, "Dockerfile"), "FROM alpine:3.20\nCOPY app.py /app/\nCOPY notes.md /doc/\nCOPY lib.py /app/\n");

        var run = await CliRun.RunAsync(folder.Path, "lint", "Dockerfile");

        Assert.Contains("Dockerfile:3:6: warning CopyIgnoredFile ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Dockerfile:4:6: warning BER0030 ", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Dockerfile:2:", run.Out, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task A_Dockerfile_specific_dockerignore_replaces_the_folder_one()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "notes.md"), "notes\n");
        File.WriteAllText(Path.Combine(folder.Path, ".dockerignore"), "*.md\n");
        File.WriteAllText(Path.Combine(folder.Path, "build.Dockerfile.dockerignore"), "*.tmp\n");
        File.WriteAllText(Path.Combine(folder.Path, "build.Dockerfile"), "FROM alpine:3.20\nCOPY notes.md /doc/\n");

        var run = await CliRun.RunAsync(folder.Path, "lint", "build.Dockerfile");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("CopyIgnoredFile", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("BER0030", run.Out, StringComparison.Ordinal);
    }
}
