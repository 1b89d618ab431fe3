using Berth.Workspace.Files;

namespace Berth.Workspace.Tests;

public sealed class DockerfileFinderTests
{
    [Fact]
    public void Finds_Dockerfiles_recursively_in_ordinal_order_and_skips_dependency_folders()
    {
        using var folder = new TempFolder();
        folder.Write("Dockerfile", "FROM a\n");
        folder.Write("svc/api.Dockerfile", "FROM b\n");
        folder.Write("svc/Dockerfile.dev", "FROM c\n");
        folder.Write("svc/Dockerfile.dockerignore", "x\n");
        folder.Write("svc/readme.md", "# x\n");
        folder.Write("node_modules/pkg/Dockerfile", "FROM d\n");
        folder.Write(".git/Dockerfile", "FROM e\n");

        var found = DockerfileFinder.FindIn(folder.Path).Select(p => Path.GetRelativePath(folder.Path, p).Replace('\\', '/')).ToList();

        Assert.Equal(["Dockerfile", "svc/Dockerfile.dev", "svc/api.Dockerfile"], found);
    }
}
