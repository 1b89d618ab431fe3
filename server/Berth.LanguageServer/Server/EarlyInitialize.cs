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
/// Answers the editor's first message, <c>initialize</c>, while StreamJsonRpc is still being set up.
/// Why: in a fresh process, creating StreamJsonRpc's objects and dispatching its first message took ~135 ms (loading
/// its assemblies and Newtonsoft's, building its method tables), and the editor waits for the initialize answer before
/// it sends anything else. Here the message is read on the input thread, handled by the registered initialize handler
/// (the same lifecycle check, params and errors as through StreamJsonRpc) and its answer written as the message
/// handler writes answers, in parallel with that set-up; StreamJsonRpc starts listening after it, with the next
/// message. A first message that is anything else (a malformed header, another method, a notification, params that
/// are not an object) is left in the input untouched, for the message handler to answer as it always does.
/// </summary>
internal static class EarlyInitialize
{
    // An initialize is a few kilobytes; a first message larger than this is left to the message handler.
    private const int MaxMessageBytes = 4 * 1024 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    // As StreamJsonRpc reads messages: an error in the params names no line and column of the message.
    private static readonly JsonLoadSettings NoLineInfo = new() { LineInfoHandling = LineInfoHandling.Ignore };

    private enum Framing { Incomplete, Complete, Other }

    /// <summary>
    /// Waits for the first message and answers it when it is an initialize request; otherwise (also at the end of the
    /// input) leaves the input as it found it. Only an error writing the answer (the editor went away) is thrown.
    /// </summary>
    public static async Task TryAnswerAsync(PipeReader input, Stream output, ServerSession session)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(session);
        while (true)
        {
            var read = await input.ReadAsync().ConfigureAwait(false);
            var buffer = read.Buffer;
            var (framing, body) = Frame(buffer);
            if (framing == Framing.Incomplete && !read.IsCompleted && buffer.Length < MaxMessageBytes)
            {
                input.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }
            var request = framing == Framing.Complete ? AsInitialize(body) : null;
            if (request is not { } initialize)
            {
                // Nothing consumed or examined: the message handler's first read returns these same bytes at once.
                input.AdvanceTo(buffer.Start);
                return;
            }
            input.AdvanceTo(body.End);
            StartupTrace.Mark("initialize read");
            await AnswerAsync(initialize.Id, initialize.Params, output, session).ConfigureAwait(false);
            return;
        }
    }

    // The first message's body, once its header block and body are all in the buffer.
    private static (Framing, ReadOnlySequence<byte>) Frame(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        int? contentLength = null;
        string? problem = null;
        var sawLine = false;
        while (reader.TryReadTo(out ReadOnlySequence<byte> lineBytes, (byte)'\n'))
        {
            var line = Utf8.GetString(lineBytes).TrimEnd('\r');
            if (line.Length > 0)
            {
                sawLine = true;
                LspHeaderLine.Read(line, ref contentLength, ref problem);
                continue;
            }
            // The end of the header block; anything unusual is the message handler's to report.
            if (!sawLine || problem is not null || contentLength is not { } length || length > MaxMessageBytes) return (Framing.Other, default);
            if (reader.Remaining < length) return (Framing.Incomplete, default);
            return (Framing.Complete, buffer.Slice(reader.Position, length));
        }
        return (Framing.Incomplete, default);
    }

    private readonly record struct InitializeRequest(RequestId Id, JObject Params);

    // A JSON-RPC 2.0 initialize request with an object for params, read as StreamJsonRpc's formatter reads (no dates).
    private static InitializeRequest? AsInitialize(ReadOnlySequence<byte> body)
    {
        JToken message;
        try
        {
            using var reader = new JsonTextReader(new StringReader(Utf8.GetString(body))) { DateParseHandling = DateParseHandling.None };
            message = JToken.ReadFrom(reader, NoLineInfo);
            if (reader.Read()) return null; // more than one value: not ours to judge
        }
        catch (JsonException)
        {
            return null;
        }
        if (message is not JObject request
            || request.Value<JToken>("jsonrpc") is not JValue { Type: JTokenType.String, Value: "2.0" }
            || request.Value<JToken>("method") is not JValue { Type: JTokenType.String, Value: "initialize" }
            || request["params"] is not JObject parameters)
        {
            return null;
        }
        // On its own, as StreamJsonRpc hands params to a method: an error's path starts at params ("capabilities").
        return LspMessageHandler.IdOf(request["id"]) is { } id ? new InitializeRequest(id, (JObject)parameters.DeepClone()) : null;
    }

    private static async Task AnswerAsync(RequestId id, JObject parameters, Stream output, ServerSession session)
    {
        var handler = session.Registry.Request("initialize") ?? throw new InvalidOperationException("No initialize handler is registered.");
        var message = new ArrayBufferWriter<byte>();
        try
        {
            var result = await handler.InvokeAsync(parameters, session, CancellationToken.None).ConfigureAwait(false);
            LspMessageHandler.WriteResult(message, id, (EncodedJson)result!);
        }
        catch (LocalRpcException e)
        {
            LspMessageHandler.WriteError(message, id, e.ErrorCode, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // What StreamJsonRpc would answer for a failure the handler did not describe: a short internal error.
            session.Log.Error($"initialize failed: {e.GetType().Name}: {e.Message}");
            LspMessageHandler.WriteError(message, id, LspErrorCodes.InternalError, $"Berth could not answer initialize: {e.Message}");
        }
        await output.WriteAsync(message.WrittenMemory).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
