using System.Buffers;
using System.Text;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>
/// Results and notification params go out pre-encoded (EncodedJson, copied into the message by LspMessageHandler):
/// the bytes on the wire must be exactly those StreamJsonRpc's formatter writes for the same value as a JToken tree.
/// </summary>
public sealed class EncodedJsonTests
{
    private static readonly Diagnostic Plain = new(new Protocol.Range(new Position(3, 0), new Position(3, 12)), DiagnosticSeverity.Warning, "DL3008", "berth", "Pin versions in apt-get install. \"quoted\" \\ \u00e9 \U0001F433");

    private static readonly Diagnostic Full = Plain with
    {
        CodeDescription = new CodeDescription("https://github.com/berth-tools/berth/blob/main/docs/rules/DL3008.md"),
        Tags = [DiagnosticTag.Unnecessary, DiagnosticTag.Deprecated],
        Data = new JObject { ["fix"] = "x", ["n"] = 1.5 },
    };

    private static string Tree(object value) => JToken.FromObject(value, LspSerializer.Instance).ToString(Formatting.None);

    /// <summary>Messages as the server's message handler writes them (headers included), through the server's output stream.</summary>
    private static async Task<string> WrittenByHandlerAsync(params JsonRpcMessage[] messages)
    {
        using var output = new MemoryStream();
        var formatter = new JsonMessageFormatter();
        LspSerializer.Configure(formatter.JsonSerializer);
        using (var handler = new LspMessageHandler(new BlockingWriteStream(output), System.IO.Pipelines.PipeReader.Create(new MemoryStream()), formatter))
        {
            foreach (var message in messages) await handler.WriteAsync(message, CancellationToken.None);
        }
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>The same message as StreamJsonRpc's own formatter writes it, framed as LSP frames it.</summary>
    private static string WrittenByFormatter(JsonRpcMessage message)
    {
        var formatter = new JsonMessageFormatter();
        LspSerializer.Configure(formatter.JsonSerializer);
        var body = new ArrayBufferWriter<byte>();
        formatter.Serialize(body, message);
        return $"Content-Length: {body.WrittenCount}\r\n\r\n" + Encoding.UTF8.GetString(body.WrittenSpan);
    }

    [Fact]
    public void A_value_is_written_as_its_token_tree_would_be_with_camel_case_and_nulls_omitted()
    {
        IReadOnlyList<Diagnostic> results = [Plain, Full];

        using var encoded = EncodedJson.Of(results);

        Assert.Equal(Tree(results), encoded.Text);
        var written = JArray.Parse(encoded.Text);
        Assert.Null(written[0]["codeDescription"]);
        Assert.Equal(3, (int)written[0]["range"]!["start"]!["line"]!);
        Assert.NotNull(written[1]["codeDescription"]!["href"]);
        Assert.Equal(Encoding.UTF8.GetByteCount(encoded.Text), encoded.Utf8Bytes.Length);
    }

    [Fact]
    public void A_missing_value_is_json_null_and_json_given_as_a_tree_is_written_as_it_is()
    {
        var given = new JObject { ["type"] = 3, ["message"] = "hi" };
        var command = new LspCommand("Build", "berth.build", new JArray("file:///w/Dockerfile"));

        using var missing = EncodedJson.Of(null);
        using var tree = EncodedJson.Of(given);
        using var renamed = EncodedJson.Of(command);

        Assert.Equal("null", missing.Text);
        Assert.Equal(given.ToString(Formatting.None), tree.Text);
        Assert.Equal(Tree(command), renamed.Text);
        Assert.Contains("\"command\":\"berth.build\"", renamed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Notification_params_keep_names_and_order_and_omit_null_members()
    {
        var closed = new PublishDiagnosticsParams("file:///w/Dockerfile", null, []);
        var published = new PublishDiagnosticsParams("file:///w/Dockerfile", 7, [Plain, Full]);

        using var closedJson = EncodedJson.Of(closed);
        using var publishedJson = EncodedJson.Of(published);

        Assert.Equal(Tree(closed), closedJson.Text);
        Assert.Equal(Tree(published), publishedJson.Text);
        Assert.StartsWith("{\"uri\":\"file:///w/Dockerfile\",\"diagnostics\":[]", closedJson.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranges_are_written_as_the_plain_contract_writes_them_and_read_back()
    {
        var edits = new[]
        {
            new Protocol.Editing.LspTextEdit(new Protocol.Range(new Position(0, 0), new Position(0, 4)), "FROM"),
            new Protocol.Editing.LspTextEdit(new Protocol.Range(new Position(12_345, 7), new Position(12_346, 0)), " \\\n"),
        };

        using var encoded = EncodedJson.Of(edits);

        Assert.Equal(JToken.FromObject(edits, DiagnosticJsonCacheTests.Reference).ToString(Formatting.None), encoded.Text);
        Assert.Equal(edits, JArray.Parse(encoded.Text).ToObject<Protocol.Editing.LspTextEdit[]>(LspSerializer.Instance));
    }

    [Fact]
    public void A_large_value_spans_many_pooled_segments_and_still_comes_out_whole()
    {
        var many = Enumerable.Range(0, 5_000).Select(i => Plain with { Message = $"finding {i} \u00e9" }).ToList();

        using var encoded = EncodedJson.Of(many);

        Assert.False(encoded.Utf8Bytes.IsSingleSegment);
        Assert.Equal(Tree(many), encoded.Text);
    }

    [Theory]
    [InlineData(1L, null)]
    [InlineData(null, "req-\"7\"")]
    public async Task An_answer_goes_on_the_wire_as_the_formatter_would_write_it(long? number, string? text)
    {
        var id = number is { } n ? new RequestId(n) : new RequestId(text);
        IReadOnlyList<Diagnostic> result = [Plain, Full];

        var encoded = await WrittenByHandlerAsync(new JsonRpcResult { RequestId = id, Result = EncodedJson.Of(result) });

        Assert.Equal(WrittenByFormatter(new JsonRpcResult { RequestId = id, Result = JToken.FromObject(result, LspSerializer.Instance) }), encoded);
    }

    [Fact]
    public async Task A_notification_goes_on_the_wire_as_the_formatter_would_write_it()
    {
        var published = new PublishDiagnosticsParams("file:///w/a%20b/Dockerfile", 12, [Plain, Full]);

        var encoded = await WrittenByHandlerAsync(new JsonRpcRequest { Method = "textDocument/publishDiagnostics", Arguments = EncodedJson.Of(published) });

        Assert.Equal(WrittenByFormatter(new JsonRpcRequest { Method = "textDocument/publishDiagnostics", Arguments = JToken.FromObject(published, LspSerializer.Instance) }), encoded);
    }

    [Fact]
    public async Task Large_answers_and_notifications_go_on_the_wire_whole_and_in_order_with_the_messages_around_them()
    {
        // About 1.8 MB each, more than one write of the output stream: their bodies go from the encoded segments straight to the output stream.
        IReadOnlyList<Diagnostic> many = Enumerable.Range(0, 12_000).Select(i => Plain with { Message = $"finding {i} \u00e9" }).ToList();
        var published = new PublishDiagnosticsParams("file:///w/Dockerfile", 3, many);
        var log = new JsonRpcRequest { Method = "window/logMessage", Arguments = new JObject { ["type"] = 3, ["message"] = "before" } };
        JsonRpcMessage[] encoded =
        [
            log,
            new JsonRpcResult { RequestId = new RequestId(4), Result = EncodedJson.Of(many) },
            new JsonRpcRequest { Method = "textDocument/publishDiagnostics", Arguments = EncodedJson.Of(published) },
            new JsonRpcResult { RequestId = new RequestId(5), Result = EncodedJson.Of(new[] { Plain }) },
        ];
        JsonRpcMessage[] plain =
        [
            log,
            new JsonRpcResult { RequestId = new RequestId(4), Result = JToken.FromObject(many, LspSerializer.Instance) },
            new JsonRpcRequest { Method = "textDocument/publishDiagnostics", Arguments = JToken.FromObject(published, LspSerializer.Instance) },
            new JsonRpcResult { RequestId = new RequestId(5), Result = JToken.FromObject(new[] { Plain }, LspSerializer.Instance) },
        ];

        var written = await WrittenByHandlerAsync(encoded);

        Assert.True(written.Length > 3 * 1024 * 1024, $"{written.Length} characters");
        Assert.Equal(string.Concat(plain.Select(WrittenByFormatter)), written);
    }

    [Fact]
    public async Task Messages_without_encoded_json_are_the_formatters_and_an_encoded_value_is_released_once_written()
    {
        var plain = new JsonRpcRequest { Method = "window/logMessage", Arguments = new JObject { ["type"] = 3, ["message"] = "hi" } };
        var encoded = EncodedJson.Of(new { type = 3 });

        Assert.Equal(WrittenByFormatter(plain), await WrittenByHandlerAsync(plain));
        await WrittenByHandlerAsync(new JsonRpcRequest { Method = "window/logMessage", Arguments = encoded });
        Assert.Throws<ObjectDisposedException>(() => encoded.Utf8Bytes);
    }

    [Fact]
    public void A_formatter_that_meets_an_encoded_value_after_all_writes_the_same_text()
    {
        var published = new PublishDiagnosticsParams("file:///w/Dockerfile", 7, [Plain, Full]);
        using var encoded = EncodedJson.Of(published);

        Assert.Equal(Tree(published), JToken.FromObject(new { value = encoded }, LspSerializer.Instance)["value"]!.ToString(Formatting.None));
        // Met by the server's own UTF-8 writer, the bytes are copied as they are.
        using var around = EncodedJson.Of(new { value = encoded });
        Assert.Equal($"{{\"value\":{encoded.Text}}}", around.Text);
    }
}
