using System.Diagnostics;
using System.Text.RegularExpressions;
using Berth.Docker.Build;
using Berth.Docker.Context;

namespace Berth.Docker.Tests;

/// <summary>
/// Builds the same context with the docker CLI and with Berth; a RUN step lists what the engine received
/// (path, mode, type, size), and the two listings must be identical.
/// </summary>
public sealed partial class BuildContextParityTests
{
    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(TestEngine.RepositoryRoot, "tests", "fixtures", "contexts", name));

    private static string ListingDockerfile(string baseImage) => $"""
        FROM {baseImage}
        COPY . /ctx
        RUN cd /ctx && find . | sort | while read -r f; do stat -c "CTX %n %a %F %s" "$f"; done
        """;

    [Theory]
    [InlineData("exceptions.dockerignore")]
    [InlineData("allowlist.dockerignore")]
    [InlineData("ignores-itself.dockerignore")]
    [InlineData(null)]
    public async Task The_engine_sees_the_same_context_as_with_the_docker_cli(string? ignoreFixture)
    {
        using var context = new TempFolder();
        MakeTrickyTree(context);
        if (ignoreFixture is not null) context.Write(".dockerignore", Fixture(ignoreFixture));
        var dockerfile = context.Write("Dockerfile", ListingDockerfile(TestEngine.Current.BaseImage));

        await AssertParityAsync(context.Path, dockerfile);
    }

    [Fact]
    public async Task A_dockerfile_outside_the_context_is_sent_like_the_docker_cli_sends_it()
    {
        using var context = new TempFolder();
        using var elsewhere = new TempFolder();
        MakeTrickyTree(context);
        context.Write(".dockerignore", Fixture("exceptions.dockerignore"));
        var dockerfile = elsewhere.Write("build.Dockerfile", ListingDockerfile(TestEngine.Current.BaseImage));

        await AssertParityAsync(context.Path, dockerfile);
    }

    private static async Task AssertParityAsync(string contextPath, string dockerfile)
    {
        using var docker = await TestEngine.Current.ConnectAsync();
        var fromCli = await ListWithDockerCliAsync(contextPath, dockerfile, docker);
        var berthLines = new List<string>();
        var result = await new ImageBuilder(docker).BuildAsync(
            new ImageBuildRequest(BuildContextSource.Create(contextPath, dockerfile)) { NoCache = true },
            new SynchronousProgressFor<BuildProgress>(p =>
            {
                if (p.Line?.StartsWith("CTX ", StringComparison.Ordinal) == true) berthLines.Add(p.Line);
            }),
            CancellationToken.None);
        await ImageBuilderTests.RemoveImageAsync(docker, result.ImageId);

        Assert.True(fromCli.Count > 3, "the docker CLI's build listed nothing: " + string.Join('\n', fromCli));
        Assert.Equal(fromCli, berthLines);
    }

    private static async Task<List<string>> ListWithDockerCliAsync(string contextPath, string dockerfile, Berth.Docker.Connection.DockerEngine docker)
    {
        var start = new ProcessStartInfo("docker")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "-H", TestEngine.Current.DockerHost, "build", "--no-cache", "-f", dockerfile, contextPath })
            start.ArgumentList.Add(arg);
        start.Environment["DOCKER_BUILDKIT"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var output = await stdout;
        Assert.True(process.ExitCode == 0, $"docker build failed ({process.ExitCode}): {await stderr}\n{output}");
        var built = BuiltLine().Match(output);
        if (built.Success) await ImageBuilderTests.RemoveImageAsync(docker, built.Groups[1].Value);
        return output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("CTX ", StringComparison.Ordinal)).ToList();
    }

    [GeneratedRegex(@"Successfully built ([0-9a-f]+)")]
    private static partial Regex BuiltLine();

    /// <summary>Files, folders, modes and links that .dockerignore patterns and the tar writer must get right.</summary>
    internal static void MakeTrickyTree(TempFolder root)
    {
        foreach (var file in new[]
        {
            "README.md", "NOTES.md", "docs/guide.md", "vendor/a.go", "vendor/keep/b.go", "vendor/keep/deep/c.go",
            "logs/x.log", "src/main.c", "src/secret.key", "src/a/secret2", "src/a/ok.c", "a.tmp", "src/b.tmp",
            "dist/out.bin", "build/x", "file(1).txt", "weird1.txt", "#hash", "ünïcode ✓.txt", "sub dir/with space.txt",
        })
        {
            root.Write(file, "content of " + file + "\n");
        }
        Directory.CreateDirectory(Path.Combine(root.Path, "empty"));
        Directory.CreateDirectory(Path.Combine(root.Path, "src", "empty-inside"));
        var tool = root.Write("tool.sh", "#!/bin/sh\necho hi\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(tool, (UnixFileMode)0x1ED);
            File.SetUnixFileMode(root.Write("private.txt", "private\n"), UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.SetUnixFileMode(Path.Combine(root.Path, "empty"), (UnixFileMode)0x1C0);
        }
        File.CreateSymbolicLink(Path.Combine(root.Path, "link-to-readme"), "README.md");
        File.CreateSymbolicLink(Path.Combine(root.Path, "link-to-src"), "src");
        File.CreateSymbolicLink(Path.Combine(root.Path, "dangling"), "does/not/exist");
    }
}
