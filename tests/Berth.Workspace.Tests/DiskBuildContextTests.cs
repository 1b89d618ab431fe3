using Berth.Workspace.BuildContexts;

namespace Berth.Workspace.Tests;

public sealed class DiskBuildContextTests
{
    [Fact]
    public void Paths_are_relative_to_the_Dockerfile_folder_and_folders_count()
    {
        using var folder = new TempFolder();
        folder.Write("src/main.go", "package main\n");
        var dockerfile = folder.Write("Dockerfile", "FROM scratch\n");

        var context = DiskBuildContext.ForDockerfile(dockerfile)!;

        Assert.True(context.Exists("src/main.go"));
        Assert.True(context.Exists("src"));
        Assert.False(context.Exists("src/other.go"));
        Assert.Empty(context.Ignore.Patterns);
    }

    [Fact]
    public void The_Dockerfile_specific_dockerignore_wins_over_the_folder_one()
    {
        using var folder = new TempFolder();
        folder.Write(".dockerignore", "*.md\n");
        folder.Write("api.Dockerfile.dockerignore", "*.tmp\n!keep.tmp\n");
        var api = folder.Write("api.Dockerfile", "FROM scratch\n");
        var plain = folder.Write("Dockerfile", "FROM scratch\n");

        Assert.Equal(["*.tmp", "keep.tmp"], DiskBuildContext.ForDockerfile(api)!.Ignore.Patterns.Select(p => p.Pattern));
        Assert.Equal(["*.md"], DiskBuildContext.ForDockerfile(plain)!.Ignore.Patterns.Select(p => p.Pattern));
    }

    [Fact]
    public void A_Dockerfile_in_a_folder_that_does_not_exist_has_no_context()
    {
        using var folder = new TempFolder();
        Assert.Null(DiskBuildContext.ForDockerfile(Path.Combine(folder.Path, "gone", "Dockerfile")));
    }
}
