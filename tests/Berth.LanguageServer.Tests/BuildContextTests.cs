using Berth.LanguageServer.Tests.Infrastructure;

namespace Berth.LanguageServer.Tests;

/// <summary>The server checks COPY sources against the build context of the berth.yaml that builds the Dockerfile.</summary>
public sealed class BuildContextTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("berth-ctx-manifest-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_berth_yaml_with_context_dot_dot_changes_which_sources_exist()
    {
        Write("src/app.py", "print(1)\n");
        var dockerfile = Write("docker/Dockerfile", "FROM python:3.13-slim\nCOPY src/*.py /app/\n");
        var uri = new Uri(dockerfile).AbsoluteUri;

        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(uri, File.ReadAllText(dockerfile));
        var missing = Assert.Single(await client.WaitForDiagnosticsAsync(uri, 1), d => (string?)d["code"] == "BER0030");
        Assert.Equal(1, (int)missing["range"]!["start"]!["line"]!);
        Assert.Equal(5, (int)missing["range"]!["start"]!["character"]!);
        Assert.Equal(13, (int)missing["range"]!["end"]!["character"]!);
        Assert.Contains("the Dockerfile's folder", (string?)missing["message"], StringComparison.Ordinal);

        // The manifest says the context is the folder above; the next check of the Dockerfile uses it.
        Write("docker/berth.yaml", "version: 1\nimage:\n  name: app\nbuild:\n  context: ..\n");
        await client.ChangeAsync(uri, 2, 1, 0, 1, 0, "");
        Assert.DoesNotContain(await client.WaitForDiagnosticsAsync(uri, 2), d => (string?)d["code"] is "BER0030" or "CopyIgnoredFile");

        // A source missing from that context names it in the message.
        await client.ChangeAsync(uri, 3, 1, 5, 1, 13, "lib/*.py");
        var moved = Assert.Single(await client.WaitForDiagnosticsAsync(uri, 3), d => (string?)d["code"] == "BER0030");
        Assert.Contains("build.context of berth.yaml", (string?)moved["message"], StringComparison.Ordinal);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
