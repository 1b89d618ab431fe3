using Berth.Workspace.Files;

namespace Berth.Workspace.Tests;

public sealed class LintTargetsTests
{
    [Fact]
    public void A_folder_contributes_its_Dockerfiles_shown_under_the_path_as_typed()
    {
        using var folder = new TempFolder();
        folder.Write("examples/web/Dockerfile", "FROM a\n");
        folder.Write("examples/Containerfile", "FROM b\n");

        var targets = LintTargets.Resolve(["examples/"], folder.Path);

        Assert.Equal([Path.Combine("examples/", "Containerfile"), Path.Combine("examples/", "web", "Dockerfile")], targets.Select(t => t.DisplayPath));
        Assert.All(targets, t => Assert.True(File.Exists(t.FullPath)));
    }

    [Fact]
    public void A_file_is_taken_whatever_its_name_and_listed_once()
    {
        using var folder = new TempFolder();
        folder.Write("build.docker", "FROM a\n");

        var targets = LintTargets.Resolve(["build.docker", "./build.docker"], folder.Path);

        var target = Assert.Single(targets);
        Assert.Equal("build.docker", target.DisplayPath);
    }

    [Fact]
    public void A_missing_path_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<WorkspaceException>(() => LintTargets.Resolve(["nope/Dockerfile"], folder.Path));
        Assert.Equal("nope/Dockerfile: no such file or folder. Check the path.", error.Message);
    }

    [Fact]
    public void A_folder_without_Dockerfiles_is_a_clear_error()
    {
        using var folder = new TempFolder();
        folder.Write("src/main.go", "package main\n");
        var error = Assert.Throws<WorkspaceException>(() => LintTargets.Resolve(["src"], folder.Path));
        Assert.StartsWith("src: no Dockerfile found in this folder", error.Message, StringComparison.Ordinal);
    }
}
