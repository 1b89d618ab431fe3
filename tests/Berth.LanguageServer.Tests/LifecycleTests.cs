using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>initialize / initialized / shutdown / exit against the real server process.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_incremental_sync_utf16_and_server_info()
    {
        await using var client = LspTestClient.Start();
        var result = await client.InitializeAsync();

        var capabilities = (JObject)result["capabilities"]!;
        Assert.Equal("utf-16", (string?)capabilities["positionEncoding"]);
        Assert.True((bool)capabilities["textDocumentSync"]!["openClose"]!);
        Assert.Equal(2, (int)capabilities["textDocumentSync"]!["change"]!);
        Assert.Equal("berth", (string?)result["serverInfo"]!["name"]);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Pull_diagnostics_are_advertised_only_to_clients_that_support_them()
    {
        await using var without = LspTestClient.Start();
        var plain = await without.InitializeAsync();
        Assert.Null(plain["capabilities"]!["diagnosticProvider"]);

        await using var with = LspTestClient.Start();
        var pulling = await with.InitializeAsync(new JObject { ["textDocument"] = new JObject { ["diagnostic"] = new JObject() } });
        Assert.False((bool)pulling["capabilities"]!["diagnosticProvider"]!["interFileDependencies"]!);

        Assert.Equal(0, await without.ShutdownAndExitAsync());
        Assert.Equal(0, await with.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused_with_ServerNotInitialized()
    {
        await using var client = LspTestClient.Start();
        var response = await client.RequestAsync("shutdown", null);
        Assert.Equal(-32002, (int)response["error"]!["code"]!);

        // The server is still usable afterwards.
        await client.InitializeAsync();
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        var again = await client.RequestAsync("initialize", new JObject { ["capabilities"] = new JObject() });
        Assert.Equal(-32600, (int)again["error"]!["code"]!);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid_and_exit_then_returns_zero()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync(new JObject { ["textDocument"] = new JObject { ["diagnostic"] = new JObject() } });
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.Equal(JTokenType.Null, shutdown["result"]!.Type);

        var late = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = new JObject { ["uri"] = "file:///x/Dockerfile" } });
        Assert.Equal(-32600, (int)late["error"]!["code"]!);

        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_returns_one()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task Exit_before_initialize_returns_one()
    {
        await using var client = LspTestClient.Start();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.WaitForExitAsync());
    }

    [Fact]
    public async Task The_server_logs_through_window_logMessage_once_initialized()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        var log = await client.WaitForNotificationAsync("window/logMessage", p => ((string?)p["message"])!.Contains("ready", StringComparison.Ordinal));
        Assert.Equal(3, (int)log["type"]!);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
