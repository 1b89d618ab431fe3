using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>
/// A client that pulls diagnostics and supports refresh (VS Code) gets them pulled only: pushing the same ones too
/// made VS Code show every problem twice. A change the client cannot see (settings) asks it to pull again.
/// </summary>
public sealed class PullModeDiagnosticsTests
{
    private const string Uri = "file:///work/pull/Dockerfile";

    private static readonly JObject PullingAndRefreshingClient = new()
    {
        ["textDocument"] = new JObject { ["diagnostic"] = new JObject() },
        ["workspace"] = new JObject { ["diagnostics"] = new JObject { ["refreshSupport"] = true } },
    };

    private static async Task<JArray> PullAsync(LspTestClient client)
    {
        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri } });
        return (JArray)report["result"]!["items"]!;
    }

    [Fact]
    public async Task A_refreshing_pull_client_gets_no_push_and_is_asked_to_pull_again_after_a_settings_change()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync(PullingAndRefreshingClient);
        await client.OpenAsync(Uri, "FROM debian\n");

        Assert.Contains(await PullAsync(client), d => (string?)d["code"] == "DL3006");

        await client.NotifyAsync("workspace/didChangeConfiguration",
            new JObject { ["settings"] = new JObject { ["berth"] = new JObject { ["lint"] = new JObject { ["ignore"] = new JArray("DL3006") } } } });
        var refresh = await client.WaitForServerRequestAsync("workspace/diagnostic/refresh");
        await client.RespondAsync(refresh["id"]!, JValue.CreateNull());

        Assert.DoesNotContain(await PullAsync(client), d => (string?)d["code"] == "DL3006");
        // Everything above took at least one debounce period; a push would have gone out by now.
        Assert.DoesNotContain(client.Notifications("textDocument/publishDiagnostics"),
            p => (string?)p["uri"] == Uri && ((JArray)p["diagnostics"]!).Count > 0);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_pull_client_without_refresh_still_gets_pushed_diagnostics()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync(new JObject { ["textDocument"] = new JObject { ["diagnostic"] = new JObject() } });
        await client.OpenAsync(Uri, "FROM debian\n");

        Assert.Contains(await client.WaitForDiagnosticsAsync(Uri, 1), d => (string?)d["code"] == "DL3006");
        Assert.Contains(await PullAsync(client), d => (string?)d["code"] == "DL3006");
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
