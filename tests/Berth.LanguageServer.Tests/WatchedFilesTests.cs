using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>
/// Files the diagnostics depend on but the editor does not send (.hadolint.yaml, berth.yaml, .dockerignore) are
/// watched: the server registers the watchers, and a reported change re-checks the open documents.
/// </summary>
public sealed class WatchedFilesTests
{
    [Fact]
    public async Task A_hadolint_yaml_written_deleted_on_disk_applies_then_stops_applying()
    {
        var root = Directory.CreateTempSubdirectory("berth-watch-").FullName;
        try
        {
            await using var client = LspTestClient.Start();
            var capabilities = new JObject { ["workspace"] = new JObject { ["didChangeWatchedFiles"] = new JObject { ["dynamicRegistration"] = true } } };
            var init = await client.RequestAsync("initialize", new JObject { ["processId"] = null, ["rootUri"] = new Uri(root + "/").AbsoluteUri, ["capabilities"] = capabilities });
            Assert.NotNull(init["result"]);
            await client.NotifyAsync("initialized", new JObject());

            var registration = await client.WaitForServerRequestAsync("client/registerCapability");
            var registered = (JObject)registration["params"]!["registrations"]![0]!;
            Assert.Equal("workspace/didChangeWatchedFiles", (string?)registered["method"]);
            var glob = (string)registered["registerOptions"]!["watchers"]![0]!["globPattern"]!;
            Assert.Contains(".hadolint.yaml", glob, StringComparison.Ordinal);
            Assert.Contains("berth.yaml", glob, StringComparison.Ordinal);
            Assert.Contains(".dockerignore", glob, StringComparison.Ordinal);
            await client.RespondAsync(registration["id"]!, JValue.CreateNull());

            var uri = new Uri(Path.Combine(root, "Dockerfile")).AbsoluteUri;
            await client.OpenAsync(uri, "FROM debian\n");
            Assert.Contains(await client.WaitForDiagnosticsAsync(uri, 1), d => (string?)d["code"] == "DL3006");

            var config = Path.Combine(root, ".hadolint.yaml");
            File.WriteAllText(config, "ignored:\n  - DL3006\n");
            var configUri = new Uri(config).AbsoluteUri;
            var before = client.Notifications("textDocument/publishDiagnostics").Count;
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new JObject { ["changes"] = new JArray(new JObject { ["uri"] = configUri, ["type"] = 1 }) });
            await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
                p => (string?)p["uri"] == uri && ((JArray)p["diagnostics"]!).All(d => (string?)d["code"] != "DL3006"));

            File.Delete(config);
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new JObject { ["changes"] = new JArray(new JObject { ["uri"] = configUri, ["type"] = 3 }) });
            await WaitForPublishAfterAsync(client, before + 1, p => (string?)p["uri"] == uri && ((JArray)p["diagnostics"]!).Any(d => (string?)d["code"] == "DL3006"));
            Assert.Equal(0, await client.ShutdownAndExitAsync());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    // The publish that brings DL3006 back must come after the one that removed it, not be the first one again.
    private static async Task WaitForPublishAfterAsync(LspTestClient client, int skip, Func<JObject, bool> match)
    {
        var deadline = DateTime.UtcNow + LspTestClient.Timeout;
        while (!client.Notifications("textDocument/publishDiagnostics").Skip(skip).Any(match))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("No publishDiagnostics with DL3006 again after the .hadolint.yaml was deleted.");
            await Task.Delay(20);
        }
    }
}
