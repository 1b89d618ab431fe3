using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>$/cancelRequest reaches the handler's CancellationToken and the client gets RequestCancelled.</summary>
public sealed class CancellationTests
{
    private static readonly JObject PullingClient = new()
    {
        ["workspace"] = new JObject { ["configuration"] = true },
        ["textDocument"] = new JObject { ["diagnostic"] = new JObject() },
    };

    [Fact]
    public async Task Cancelling_a_request_that_is_waiting_answers_RequestCancelled()
    {
        await using var client = LspTestClient.Start();
        // Hold the server's settings request: diagnostics wait for settings, so the request below is still
        // running (deterministically) when we cancel it.
        client.AutoAnswerConfiguration = false;
        await client.InitializeAsync(PullingClient);
        var configuration = await client.WaitForServerRequestAsync("workspace/configuration");
        Assert.Equal("berth", (string?)configuration["params"]!["items"]![0]!["section"]);

        const string uri = "file:///work/app/Dockerfile";
        await client.OpenAsync(uri, "FROM alpine:3.20\n");
        var (id, response) = await client.SendRequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = new JObject { ["uri"] = uri } });
        await client.CancelAsync(id);

        var cancelled = await response.WaitAsync(LspTestClient.Timeout);
        Assert.Equal(-32800, (int)cancelled["error"]!["code"]!);

        // Once settings arrive, the same request succeeds.
        await client.RespondAsync(configuration["id"]!, new JArray(new JObject()));
        var answered = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = new JObject { ["uri"] = uri } });
        Assert.Equal("full", (string?)answered["result"]!["kind"]);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
