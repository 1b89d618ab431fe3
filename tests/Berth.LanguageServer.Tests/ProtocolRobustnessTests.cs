using System.Text;
using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>Bad input from a client is answered with an error and never stops the server.</summary>
public sealed class ProtocolRobustnessTests
{
    private static async Task AssertStillServesAsync(LspTestClient client)
    {
        var again = await client.RequestAsync("initialize", new JObject { ["capabilities"] = new JObject() });
        // Either answer proves the server read and handled the next message.
        Assert.True(again["result"] is not null || again["error"] is not null);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_gets_a_parse_error_and_the_server_keeps_running()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.SendRawAsync(LspTestClient.Frame(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": ")));

        var error = await client.WaitForNullIdResponseAsync(1);
        Assert.Equal(-32700, (int)error["error"]!["code"]!);
        await AssertStillServesAsync(client);
    }

    [Fact]
    public async Task JSON_that_is_not_JSON_RPC_gets_invalid_request_with_its_id()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.SendRawAsync(LspTestClient.Frame(Encoding.UTF8.GetBytes("{\"id\": \"odd-1\", \"hello\": [1, 2]}")));
        // The answer carries the id we sent, so an editor can match it to its message.
        var answer = await client.WaitForResponseAsync("odd-1");
        Assert.Equal(-32600, (int)answer["error"]!["code"]!);
        await AssertStillServesAsync(client);
    }

    [Fact]
    public async Task A_message_only_a_lenient_reader_takes_is_handled_as_before_with_the_text_kept()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        // A comment in the JSON and a byte that is not UTF-8 in the text: the server's own reader leaves such a message
        // to the formatter's reader, which always took it (the byte becomes a replacement character).
        byte[] body =
        [
            .. "{\"jsonrpc\":\"2.0\", /* a comment */ \"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///work/app/Dockerfile\",\"languageId\":\"dockerfile\",\"version\":1,\"text\":\"FROM alpine:3.20\\nFORM alpine\\nRUN echo "u8,
            0xFF,
            .. "\\n\"}}}"u8,
        ];
        await client.SendRawAsync(LspTestClient.Frame(body));

        var diagnostics = await client.WaitForDiagnosticsAsync("file:///work/app/Dockerfile", 1);
        Assert.Contains(diagnostics, d => (string?)d["code"] == "BER0001" && (int)d["range"]!["start"]!["line"]! == 1);
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new JObject { ["textDocument"] = new JObject { ["uri"] = "file:///work/app/Dockerfile" } });
        Assert.Contains(((JContainer)symbols["result"]!).Descendants().OfType<JProperty>(), p => p.Name == "name" && ((string?)p.Value ?? "").Contains("echo \uFFFD", StringComparison.Ordinal));
        await AssertStillServesAsync(client);
    }

    [Fact]
    public async Task Garbage_without_headers_gets_a_parse_error_and_the_next_message_is_read()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.SendRawAsync(Encoding.UTF8.GetBytes("this is not a header\r\nnor=this\r\n\r\n"));
        var error = await client.WaitForNullIdResponseAsync(1);
        Assert.Equal(-32700, (int)error["error"]!["code"]!);
        Assert.Contains("Content-Length", (string?)error["error"]!["message"], StringComparison.Ordinal);
        await AssertStillServesAsync(client);
    }

    [Fact]
    public async Task A_non_numeric_content_length_gets_a_parse_error_and_the_next_message_is_read()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.SendRawAsync(Encoding.ASCII.GetBytes("Content-Length: many\r\n\r\n"));
        var error = await client.WaitForNullIdResponseAsync(1);
        Assert.Equal(-32700, (int)error["error"]!["code"]!);
        await AssertStillServesAsync(client);
    }

    [Fact]
    public async Task Random_bytes_do_not_stop_the_server()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        var random = new Random(42);
        var noise = new byte[4096];
        random.NextBytes(noise);
        // A header block of noise terminated by a blank line, then noise framed as a body.
        await client.SendRawAsync([.. noise.Select(b => b is (byte)'\n' or (byte)'\r' ? (byte)'x' : b), .. "\r\n\r\n"u8.ToArray()]);
        await client.SendRawAsync(LspTestClient.Frame(noise));
        var first = await client.WaitForNullIdResponseAsync(2);
        Assert.NotNull(first["error"]);
        await AssertStillServesAsync(client);
    }

    [Fact]
    public async Task An_unknown_request_gets_MethodNotFound_and_an_unknown_notification_is_ignored()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.NotifyAsync("$/somethingNew", new JObject());
        var response = await client.RequestAsync("textDocument/noSuchThing", new JObject());
        Assert.Equal(-32601, (int)response["error"]!["code"]!);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Params_of_the_wrong_shape_get_InvalidParams()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync(new JObject { ["textDocument"] = new JObject { ["diagnostic"] = new JObject() } });
        var response = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = "not an object" });
        Assert.Equal(-32602, (int)response["error"]!["code"]!);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Closing_stdin_without_exit_ends_the_server_with_code_one()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        client.CloseInput();
        Assert.Equal(1, await client.WaitForExitAsync());
    }
}
