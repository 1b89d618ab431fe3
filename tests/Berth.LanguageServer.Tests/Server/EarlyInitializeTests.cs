using System.IO.Pipelines;
using System.Text;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Server;

/// <summary>
/// The server answers the editor's first message, initialize, before StreamJsonRpc listens (EarlyInitialize). The
/// editor must not be able to tell: the same answer and errors as through StreamJsonRpc, whatever pieces the message
/// comes in, with the messages after it handled in order, and anything else as a first message left to the message
/// handler. Each test runs a whole server session in-process over pipes.
/// </summary>
public sealed class EarlyInitializeTests
{
    // A guard against a hang, not a speed limit.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private static JObject Initialize(JToken id, JToken? parameters = null) => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id,
        ["method"] = "initialize",
        ["params"] = parameters ?? new JObject
        {
            ["processId"] = null,
            ["rootUri"] = null,
            ["capabilities"] = new JObject { ["textDocument"] = new JObject { ["publishDiagnostics"] = new JObject { ["versionSupport"] = true } } },
        },
    };

    private static JObject Hover(int id) => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id,
        ["method"] = "textDocument/hover",
        ["params"] = new JObject { ["textDocument"] = new JObject { ["uri"] = "untitled:Dockerfile" }, ["position"] = new JObject { ["line"] = 0, ["character"] = 0 } },
    };

    [Fact]
    public async Task The_early_answer_is_the_answer_StreamJsonRpc_gives()
    {
        await using var early = new Session();
        await early.SendAsync(Initialize(1));
        var earlyAnswer = await early.ReadAnswerAsync();

        // A request before initialize goes to StreamJsonRpc (refused), and so does the initialize after it.
        await using var late = new Session();
        await late.SendAsync(Hover(5));
        var refused = await late.ReadAnswerAsync();
        Assert.Equal(-32002, refused["error"]?["code"]?.Value<int>());
        await late.SendAsync(Initialize(1));
        var lateAnswer = await late.ReadAnswerAsync();

        Assert.NotNull(earlyAnswer["result"]?["capabilities"]?["textDocumentSync"]);
        Assert.True(JToken.DeepEquals(lateAnswer, earlyAnswer), $"early: {earlyAnswer}\nthrough StreamJsonRpc: {lateAnswer}");
    }

    [Fact]
    public async Task Params_of_the_wrong_shape_get_the_error_StreamJsonRpc_gives_and_a_later_initialize_succeeds()
    {
        var wrong = new JObject { ["capabilities"] = 5 };
        await using var early = new Session();
        await early.SendAsync(Initialize(7, wrong));
        var earlyError = await early.ReadAnswerAsync();
        await early.SendAsync(Initialize(8));
        var answer = await early.ReadAnswerAsync();

        await using var late = new Session();
        await late.SendAsync(Hover(5));
        await late.ReadAnswerAsync();
        await late.SendAsync(Initialize(7, wrong));
        var lateError = await late.ReadAnswerAsync();

        Assert.Equal(-32602, earlyError["error"]?["code"]?.Value<int>());
        Assert.Contains("initialize", earlyError["error"]?["message"]?.Value<string>(), StringComparison.Ordinal);
        Assert.True(JToken.DeepEquals(lateError, earlyError), $"early: {earlyError}\nthrough StreamJsonRpc: {lateError}");
        Assert.Equal(8, answer["id"]?.Value<int>());
        Assert.NotNull(answer["result"]?["capabilities"]);
    }

    [Fact]
    public async Task An_initialize_in_pieces_is_answered_and_the_messages_written_with_it_are_handled_in_order()
    {
        await using var session = new Session();
        var initialize = Frame(Initialize("first"));
        var shutdown = Frame(new JObject { ["jsonrpc"] = "2.0", ["id"] = 2, ["method"] = "shutdown" });
        var initialized = Frame(new JObject { ["jsonrpc"] = "2.0", ["method"] = "initialized", ["params"] = new JObject() });
        // The header cut in two, then the body cut in two, the last piece carrying the next two messages.
        await session.WriteAsync(initialize[..10]);
        await Task.Delay(50);
        await session.WriteAsync(initialize[10..40]);
        await Task.Delay(50);
        await session.WriteAsync(initialize[40..^20]);
        await Task.Delay(50);
        await session.WriteAsync([.. initialize[^20..], .. initialized, .. shutdown]);

        var answer = await session.ReadAnswerAsync();
        Assert.Equal("first", answer["id"]?.Value<string>());
        Assert.NotNull(answer["result"]?["capabilities"]);
        var shutdownAnswer = await session.ReadAnswerAsync();
        Assert.Equal(2, shutdownAnswer["id"]?.Value<int>());
        Assert.True(shutdownAnswer.ContainsKey("result"), shutdownAnswer.ToString());
        await session.SendAsync(new JObject { ["jsonrpc"] = "2.0", ["method"] = "exit" });
        Assert.Equal(0, await session.Server.WaitAsync(Patience));
    }

    [Fact]
    public async Task A_malformed_first_message_gets_the_message_handlers_error_and_initialize_follows()
    {
        await using var session = new Session();
        await session.WriteAsync(Encoding.ASCII.GetBytes("Content-Length: many\r\n\r\n"));
        var error = await session.ReadAnswerAsync();
        Assert.Equal(-32700, error["error"]?["code"]?.Value<int>());
        Assert.Contains("many", error["error"]?["message"]?.Value<string>(), StringComparison.Ordinal);

        // The malformed message is also logged (window/logMessage), before the answer.
        await session.SendAsync(Initialize(1));
        var answer = await session.ReadAnswerAsync();
        Assert.NotNull(answer["result"]?["capabilities"]);
    }

    [Fact]
    public async Task What_the_server_logs_while_initializing_reaches_the_editor_after_the_answer()
    {
        var root = Directory.CreateTempSubdirectory("berth-early-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root, ".hadolint.yaml"), "ignored:\n  - DL3008\n");
            await using var session = new Session();
            await session.SendAsync(Initialize(1, new JObject { ["processId"] = null, ["rootUri"] = new Uri(root + "/").AbsoluteUri, ["capabilities"] = new JObject() }));
            var answer = await session.ReadAsync();
            Assert.Equal(1, answer["id"]?.Value<int>());
            var log = await session.ReadAsync();
            Assert.Equal("window/logMessage", log["method"]?.Value<string>());
            Assert.Contains(".hadolint.yaml", log["params"]?["message"]?.Value<string>(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task The_end_of_the_input_before_any_message_ends_the_session()
    {
        await using var session = new Session();
        await session.CloseInputAsync();
        Assert.Equal(1, await session.Server.WaitAsync(Patience));
    }

    private static byte[] Frame(JObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToString(Newtonsoft.Json.Formatting.None));
        return [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
    }

    /// <summary>A server session over in-memory pipes, with a reader of its messages.</summary>
    private sealed class Session : IAsyncDisposable
    {
        private readonly Pipe _toServer = new();
        private readonly Pipe _toClient = new();

        public Session() =>
            Server = LanguageServerHost.RunAsync(_toServer.Reader.AsStream(), _toClient.Writer.AsStream(), TextWriter.Null, warmUp: false);

        public Task<int> Server { get; }

        public Task SendAsync(JObject message) => WriteAsync(Frame(message));

        public async Task WriteAsync(byte[] bytes)
        {
            await _toServer.Writer.WriteAsync(bytes);
            await _toServer.Writer.FlushAsync();
        }

        public Task CloseInputAsync() => _toServer.Writer.CompleteAsync().AsTask();

        /// <summary>The next answer the server writes, past its notifications (a log line may come first).</summary>
        public async Task<JObject> ReadAnswerAsync()
        {
            while (true)
            {
                var message = await ReadAsync();
                if (!message.ContainsKey("method")) return message;
            }
        }

        /// <summary>The next message the server writes.</summary>
        public async Task<JObject> ReadAsync()
        {
            var reader = _toClient.Reader;
            while (true)
            {
                var read = await reader.ReadAsync().AsTask().WaitAsync(Patience);
                var text = Encoding.UTF8.GetString(read.Buffer);
                var headerEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (headerEnd >= 0)
                {
                    var length = int.Parse(text[..headerEnd].Split(':')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                    var bodyStart = Encoding.UTF8.GetByteCount(text[..(headerEnd + 4)]);
                    if (read.Buffer.Length >= bodyStart + length)
                    {
                        var body = read.Buffer.Slice(bodyStart, length);
                        var message = JObject.Parse(Encoding.UTF8.GetString(body));
                        reader.AdvanceTo(body.End);
                        return message;
                    }
                }
                Assert.False(read.IsCompleted, "The server ended its output before the next message.");
                reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _toServer.Writer.CompleteAsync();
            try
            {
                await Server.WaitAsync(Patience);
            }
            finally
            {
                await _toClient.Reader.CompleteAsync();
            }
        }
    }
}
