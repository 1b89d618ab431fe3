using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>berth.yaml in the editor: diagnostics (schema and cross-checks), hover, completion, symbols, definition.</summary>
public sealed class ManifestTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("berth-manifest-lsp-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Uri(string name) => new System.Uri(Path.Combine(_folder, name)).AbsoluteUri;

    private static JObject At(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JObject { ["uri"] = uri },
        ["position"] = new JObject { ["line"] = line, ["character"] = character },
    };

    [Fact]
    public async Task A_manifest_gets_schema_and_cross_check_diagnostics_and_they_follow_the_dockerfile_buffer()
    {
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), "FROM alpine AS base\nEXPOSE 8080\n");
        var manifest = Uri("berth.yaml");
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();

        await client.OpenAsync(manifest, "version: 1\nimage: {name: app}\nbuild:\n  target: runtime\nregistry:\n  edition: enterprize\n", languageId: "yaml");
        var diagnostics = await client.WaitForDiagnosticsAsync(manifest, 1);
        var edition = (JObject)Assert.Single(diagnostics);
        Assert.Equal("BER2011", (string?)edition["code"]);
        Assert.Equal(5, (int)edition["range"]!["start"]!["line"]!);
        Assert.Equal(11, (int)edition["range"]!["start"]!["character"]!);

        // Fix the schema error: now the cross-check against the Dockerfile on disk speaks.
        await client.ReplaceAllAsync(manifest, 2, "version: 1\nimage: {name: app}\nbuild:\n  target: runtime\n");
        var target = (JObject)Assert.Single(await client.WaitForDiagnosticsAsync(manifest, 2));
        Assert.Equal("BER2022", (string?)target["code"]);
        Assert.Equal(3, (int)target["range"]!["start"]!["line"]!);

        // Opening the Dockerfile with the stage renamed (unsaved) re-checks the manifest against the buffer.
        await client.OpenAsync(Uri("Dockerfile"), "FROM alpine AS runtime\nEXPOSE 8080\n");
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == manifest && (int?)p["version"] == 2 && ((JArray)p["diagnostics"]!).Count == 0);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Hover_completion_symbols_and_definition_answer_for_a_manifest()
    {
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), "FROM node:22 AS build\nFROM alpine AS runtime\n");
        var manifest = Uri("berth.yaml");
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(manifest, "version: 1\nimage: {name: app}\nbuild:\n  target: runtime\n  \n", languageId: "yaml");
        await client.WaitForDiagnosticsAsync(manifest, 1);

        var hover = await client.RequestAsync("textDocument/hover", At(manifest, 2, 2));
        Assert.Contains("How to build the image", (string?)hover["result"]!["contents"]!["value"], StringComparison.Ordinal);

        var completion = await client.RequestAsync("textDocument/completion", At(manifest, 3, 10));
        Assert.Equal(["build", "runtime"], ((JArray)completion["result"]!["items"]!).Select(i => (string?)i["label"]));

        var keys = await client.RequestAsync("textDocument/completion", At(manifest, 4, 2));
        Assert.Contains("dockerfile", ((JArray)keys["result"]!["items"]!).Select(i => (string?)i["label"]));

        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = new JObject { ["uri"] = manifest } });
        Assert.Equal(["version", "image", "build"], ((JArray)symbols["result"]!).Select(s => (string?)s["name"]));

        var definition = await client.RequestAsync("textDocument/definition", At(manifest, 3, 12));
        var location = (JObject)Assert.Single((JArray)definition["result"]!);
        Assert.Equal(Uri("Dockerfile"), (string?)location["uri"]);
        Assert.Equal(1, (int)location["range"]!["start"]!["line"]!);
        Assert.Equal(15, (int)location["range"]!["start"]!["character"]!);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
