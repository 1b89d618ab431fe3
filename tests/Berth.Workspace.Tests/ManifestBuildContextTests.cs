using Berth.Dockerfile;
using Berth.Dockerfile.Linting;
using Berth.Workspace.BuildContexts;
using Berth.Workspace.Files;

namespace Berth.Workspace.Tests;

/// <summary>The build context comes from the berth.yaml that builds the Dockerfile, when there is one.</summary>
public sealed class ManifestBuildContextTests
{
    private const string Dockerfile = "FROM alpine:3.20\nCOPY src/app.py /app/\nCOPY *.txt /app/\n";

    private static List<string> ContextFindings(string dockerfilePath)
    {
        var text = File.ReadAllText(dockerfilePath);
        var context = DiskBuildContext.ForDockerfile(dockerfilePath);
        return Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default, context)
            .Where(d => d.Code is "BER0030" or "CopyIgnoredFile")
            .Select(d => $"{d.Code} {text.Substring(d.Span.Start, d.Span.Length)}")
            .ToList();
    }

    [Fact]
    public void A_manifest_next_to_the_Dockerfile_with_context_dot_dot_moves_the_context_up()
    {
        using var folder = new TempFolder();
        folder.Write("src/app.py", "print(1)\n");
        folder.Write("requirements.txt", "flask\n");
        var dockerfile = folder.Write("docker/Dockerfile", Dockerfile);

        Assert.Equal(["BER0030 src/app.py", "BER0030 *.txt"], ContextFindings(dockerfile));

        folder.Write("docker/berth.yaml", "version: 1\nimage:\n  name: app\nbuild:\n  context: ..\n");
        var context = DiskBuildContext.ForDockerfile(dockerfile)!;
        Assert.Equal(folder.Path, context.Root);
        Assert.Contains("build.context of berth.yaml", context.Description, StringComparison.Ordinal);
        Assert.Empty(ContextFindings(dockerfile));
    }

    [Fact]
    public void A_manifest_in_a_folder_above_counts_only_for_the_Dockerfile_it_builds()
    {
        using var folder = new TempFolder();
        folder.Write("src/app.py", "print(1)\n");
        folder.Write("notes.txt", "x\n");
        folder.Write("berth.json", "{\"version\": 1, \"image\": {\"name\": \"app\"}, \"build\": {\"context\": \".\", \"dockerfile\": \"deploy/app.Dockerfile\"}}");
        var built = folder.Write("deploy/app.Dockerfile", Dockerfile);
        var other = folder.Write("deploy/other.Dockerfile", Dockerfile);

        Assert.Equal(folder.Path, DiskBuildContext.ForDockerfile(built)!.Root);
        Assert.Empty(ContextFindings(built));
        Assert.Equal(Path.Combine(folder.Path, "deploy"), DiskBuildContext.ForDockerfile(other)!.Root);
        Assert.Equal(["BER0030 src/app.py", "BER0030 *.txt"], ContextFindings(other));
    }

    [Fact]
    public void The_search_stops_at_a_repository_root()
    {
        using var folder = new TempFolder();
        folder.Write("berth.yaml", "version: 1\nimage:\n  name: app\nbuild:\n  dockerfile: repo/Dockerfile\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "repo", ".git"));
        var dockerfile = folder.Write("repo/Dockerfile", Dockerfile);
        Assert.Null(ManifestBuildFinder.Find(dockerfile));
        Assert.Equal(Path.Combine(folder.Path, "repo"), DiskBuildContext.ForDockerfile(dockerfile)!.Root);
    }

    [Fact]
    public void The_dockerignore_is_read_at_the_manifest_context_root()
    {
        using var folder = new TempFolder();
        folder.Write(".dockerignore", "*.txt\n");
        folder.Write("docker/.dockerignore", "src\n");
        folder.Write("src/app.py", "print(1)\n");
        folder.Write("notes.txt", "x\n");
        var dockerfile = folder.Write("docker/Dockerfile", Dockerfile);
        folder.Write("docker/berth.yaml", "version: 1\nimage:\n  name: app\nbuild:\n  context: ..\n");

        Assert.Equal(["CopyIgnoredFile *.txt"], ContextFindings(dockerfile));
    }

    [Fact]
    public void Manifest_build_args_replace_ARG_defaults_in_sources()
    {
        using var folder = new TempFolder();
        folder.Write("dist/app-2.0.tar", "x");
        var dockerfile = folder.Write("Dockerfile", "FROM alpine:3.20\nARG VERSION=1.0\nCOPY dist/app-${VERSION}.tar /opt/\n");
        Assert.Equal(["BER0030 dist/app-${VERSION}.tar"], ContextFindings(dockerfile));

        folder.Write("berth.yaml", "version: 1\nimage:\n  name: app\nbuild:\n  args:\n    VERSION: \"2.0\"\n");
        Assert.Empty(ContextFindings(dockerfile));
    }

    [Fact]
    public void A_manifest_context_that_does_not_exist_gives_no_context()
    {
        using var folder = new TempFolder();
        var dockerfile = folder.Write("Dockerfile", Dockerfile);
        folder.Write("berth.yaml", "version: 1\nimage:\n  name: app\nbuild:\n  context: ./gone\n");
        Assert.Null(DiskBuildContext.ForDockerfile(dockerfile));
    }

    [Fact]
    public void Entries_lists_a_folder_and_a_file_has_none()
    {
        using var folder = new TempFolder();
        folder.Write("a/x.go", "");
        folder.Write("a/y.go", "");
        folder.Write("b.txt", "");
        var context = DiskBuildContext.ForDockerfile(folder.Write("Dockerfile", "FROM scratch\n"))!;
        Assert.Equal(["Dockerfile", "a", "b.txt"], context.Entries("."));
        Assert.Equal(["x.go", "y.go"], context.Entries("a"));
        Assert.Empty(context.Entries("b.txt")!);
    }
}
