using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Berth.LanguageServer.Protocol;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Berth.LanguageServer.Server;

/// <summary>
/// LSP base protocol framing (Content-Length headers) that survives bad input. StreamJsonRpc's
/// <see cref="HeaderDelimitedMessageHandler"/> ends the connection on a malformed header or body; an editor
/// would then lose its language server over one bad message. Here a broken header block or a body that is not
/// JSON (or not JSON-RPC) is answered with a JSON-RPC error and reading goes on with the next message.
/// Writing is the base class's, except for values already encoded (<see cref="EncodedJson"/>).
/// </summary>
/// <param name="receiving">The editor's messages (<see cref="InputPump"/> for stdin).</param>
public sealed class LspMessageHandler(Stream sendingStream, PipeReader receiving, JsonMessageFormatter formatter)
    : HeaderDelimitedMessageHandler(
        // Writes go to the stream on the writing thread, no pipe and pump in between (see BlockingWriteStream), in
        // blocks of our own: a large answer's do not stay pooled for the session (BoundedBlockPool).
        PipeWriter.Create(sendingStream, new StreamPipeWriterOptions(pool: new BoundedBlockPool(WriteBlockBytes, keep: 4), minimumBufferSize: WriteBlockBytes, leaveOpen: true)),
        receiving,
        formatter)
{
    private const int WriteBlockBytes = 64 * 1024;

    // A header line longer than this is garbage, not a header; we drop it rather than buffer without end.
    private const int MaxHeaderLineBytes = 64 * 1024;
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private readonly JsonMessageFormatter _formatter = formatter;
    private readonly Stream _sending = sendingStream;

    /// <summary>Called with a description of each malformed message, for the server's log.</summary>
    public Action<string>? MalformedMessage { get; set; }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var header = await ReadHeaderBlockAsync(cancellationToken).ConfigureAwait(false);
            if (header is null) return null; // end of input
            if (header.Problem is not null)
            {
                await ReportAsync(RequestId.Null, LspErrorCodes.ParseError, header.Problem, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var length = header.ContentLength!.Value;
            ReadResult read;
            try
            {
                read = await ReadAtLeastAsync(length, allowEmpty: false, cancellationToken).ConfigureAwait(false);
            }
            catch (EndOfStreamException)
            {
                return null; // the client went away in the middle of a message; nothing left to answer
            }

            var body = read.Buffer.Slice(0, length);
            JsonRpcMessage? message = null;
            (RequestId Id, int Code, string Text)? failure = null;
            try
            {
                // Read here when it can be (see IncomingMessageJson); anything else the formatter reads as it always did.
                message = IncomingMessageJson.TryRead(body) is { } json ? _formatter.Deserialize(json) : _formatter.Deserialize(body, Utf8);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or DecoderFallbackException)
            {
                failure = Classify(body, e);
            }
            finally
            {
                Reader!.AdvanceTo(body.End);
            }

            if (message is not null) return message;
            await ReportAsync(failure!.Value.Id, failure.Value.Code, failure.Value.Text, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed record HeaderBlock(int? ContentLength, string? Problem);

    private async ValueTask<HeaderBlock?> ReadHeaderBlockAsync(CancellationToken cancellationToken)
    {
        int? contentLength = null;
        string? problem = null;
        var sawLine = false;
        while (true)
        {
            var read = await Reader!.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            var lf = buffer.PositionOf((byte)'\n');
            if (lf is null)
            {
                if (read.IsCompleted)
                {
                    Reader.AdvanceTo(buffer.End);
                    return null;
                }
                if (buffer.Length > MaxHeaderLineBytes)
                {
                    Reader.AdvanceTo(buffer.End);
                    problem ??= "A header line was too long; expected 'Content-Length: <bytes>' followed by an empty line.";
                    sawLine = true;
                    continue;
                }
                Reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }

            var line = Utf8.GetString(buffer.Slice(0, lf.Value)).TrimEnd('\r');
            Reader.AdvanceTo(buffer.GetPosition(1, lf.Value));
            if (line.Length == 0)
            {
                if (!sawLine) continue; // stray blank lines between messages
                if (problem is null && contentLength is null) problem = "The message had no Content-Length header.";
                return new HeaderBlock(contentLength, problem);
            }

            sawLine = true;
            LspHeaderLine.Read(line, ref contentLength, ref problem);
        }
    }

    // Distinguishes text that is not JSON (parse error) from JSON that is not a JSON-RPC message
    // (invalid request), and answers the latter with its id when it has a usable one.
    private static (RequestId, int, string) Classify(ReadOnlySequence<byte> body, Exception error)
    {
        JToken token;
        try
        {
            token = JToken.Parse(Utf8.GetString(body));
        }
        catch (JsonException e)
        {
            return (RequestId.Null, LspErrorCodes.ParseError, $"The message is not valid JSON: {e.Message}");
        }
        var requestId = IdOf(token is JObject obj ? obj["id"] : null) ?? RequestId.Null;
        return (requestId, LspErrorCodes.InvalidRequest, $"The message is not a JSON-RPC 2.0 request, response or notification: {error.Message}");
    }

    /// <summary>A message's id as JSON-RPC allows it (a whole number or a string); null for anything else or none.</summary>
    internal static RequestId? IdOf(JToken? id) => id?.Type switch
    {
        JTokenType.Integer => new RequestId(id.Value<long>()),
        JTokenType.String => new RequestId(id.Value<string>()),
        _ => null,
    };

    private async ValueTask ReportAsync(RequestId id, int code, string message, CancellationToken cancellationToken)
    {
        MalformedMessage?.Invoke(message);
        var error = new JsonRpcError
        {
            RequestId = id,
            Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message },
        };
        await WriteAsync(error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A result or a notification whose JSON is already written (<see cref="EncodedJson"/>) goes out as those bytes
    /// inside the JSON-RPC envelope, without the formatter; everything else is the base class's.
    /// </summary>
    protected override void Write(JsonRpcMessage content, CancellationToken cancellationToken)
    {
        var (envelope, body) = content switch
        {
            JsonRpcResult { Result: EncodedJson result } response => (ResultEnvelope(response.RequestId), result),
            JsonRpcRequest { IsNotification: true, Arguments: EncodedJson parameters } notification =>
                ($"{{\"jsonrpc\":\"2.0\",\"method\":{JsonConvert.ToString(notification.Method)},\"params\":", parameters),
            _ => (null, null),
        };
        if (envelope is null || body is null)
        {
            base.Write(content, cancellationToken);
            return;
        }
        if (body.Utf8Bytes.Length < DirectBodyBytes)
        {
            WriteMessage(Writer!, envelope, body);
            return;
        }
        WriteLargeMessage(envelope, body);
    }

    // A body from this size on goes from its encoded segments straight to the output stream.
    private const int DirectBodyBytes = 256 * 1024;

    /// <summary>
    /// A large body (a 50,000-line file's 5 MB publish or 3.5 MB outline) goes from its encoded segments straight to the
    /// output stream, after the header and envelope the pipe holds. Why: through the pipe, it was copied once more into
    /// blocks the pipe held until the whole message was in them (megabytes allocated per message, each keystroke's
    /// publish included). The closing brace goes through the pipe, which the base class flushes after this.
    /// </summary>
    private void WriteLargeMessage(string envelope, EncodedJson body)
    {
        try
        {
            var writer = Writer!;
            WriteHead(writer, envelope, body.Utf8Bytes.Length);
            // Not cancellable: once its header is out, the message must be finished.
            writer.FlushAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
            foreach (var segment in body.Utf8Bytes) _sending.Write(segment.Span);
            writer.Write("}"u8);
        }
        finally
        {
            body.Dispose();
        }
    }

    /// <summary>An answer whose result is already encoded, as this handler writes it (header included).</summary>
    internal static void WriteResult(IBufferWriter<byte> writer, RequestId id, EncodedJson result) =>
        WriteMessage(writer, ResultEnvelope(id), result);

    /// <summary>An error answer, as StreamJsonRpc writes one for a <see cref="LocalRpcException"/> without data.</summary>
    internal static void WriteError(IBufferWriter<byte> writer, RequestId id, int code, string message)
    {
        var json = Utf8.GetBytes($"{{\"jsonrpc\":\"2.0\",\"id\":{IdJson(id)},\"error\":{{\"code\":{code.ToString(System.Globalization.CultureInfo.InvariantCulture)},\"message\":{JsonConvert.ToString(message)}}}}}");
        writer.Write(Encoding.ASCII.GetBytes($"Content-Length: {json.Length}\r\n\r\n"));
        writer.Write(json);
    }

    private static string ResultEnvelope(RequestId id) => $"{{\"jsonrpc\":\"2.0\",\"id\":{IdJson(id)},\"result\":";

    // The message is the envelope's opening, the encoded body and the closing brace; the body is disposed.
    private static void WriteMessage(IBufferWriter<byte> writer, string envelope, EncodedJson body)
    {
        try
        {
            var utf8 = body.Utf8Bytes;
            WriteHead(writer, envelope, utf8.Length);
            foreach (var segment in utf8) writer.Write(segment.Span);
            writer.Write("}"u8);
        }
        finally
        {
            body.Dispose();
        }
    }

    // The header and the envelope's opening, for a body of bodyLength bytes and the closing brace.
    private static void WriteHead(IBufferWriter<byte> writer, string envelope, long bodyLength)
    {
        var prefix = Utf8.GetBytes(envelope);
        var length = prefix.Length + bodyLength + 1;
        writer.Write(Encoding.ASCII.GetBytes($"Content-Length: {length}\r\n\r\n"));
        writer.Write(prefix);
    }

    private static string IdJson(RequestId id) =>
        id.Number is { } number ? number.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : id.String is { } text ? JsonConvert.ToString(text)
        : "null";
}
