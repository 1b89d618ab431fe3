using System.Reflection;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// A request: params in, result out. Honour <paramref name="cancellationToken"/> (the client's
/// <c>$/cancelRequest</c>): throw OperationCanceledException and the client gets RequestCancelled.
/// Throw <see cref="LocalRpcException"/> with an <see cref="LspErrorCodes"/> code for an answer the user
/// should see; any other exception is logged and answered with a short InternalError, never a stack trace.
/// </summary>
public abstract class RequestHandler<TParams, TResult> : LspHandler, IRequestInvoker
{
    /// <summary>True for methods whose params may be absent (shutdown); otherwise missing params are InvalidParams.</summary>
    protected virtual bool ParamsOptional => false;

    public abstract Task<TResult> HandleAsync(TParams parameters, CancellationToken cancellationToken);

    internal override void Attach(JsonRpc rpc, ServerSession session)
    {
        var dispatcher = new Dispatcher(this, session);
        var invoke = typeof(Dispatcher).GetMethod(nameof(Dispatcher.InvokeAsync), BindingFlags.Public | BindingFlags.Instance)!;
        rpc.AddLocalRpcMethod(invoke, dispatcher, new JsonRpcMethodAttribute(Method) { UseSingleObjectParameterDeserialization = true });
    }

    /// <summary>
    /// Handles one request as the server answers it: checks the lifecycle, reads the params, and returns the result
    /// already encoded (<see cref="EncodedJson"/>), or throws the <see cref="LocalRpcException"/> the client gets.
    /// </summary>
    async Task<object?> IRequestInvoker.InvokeAsync(JToken? parameters, ServerSession session, CancellationToken cancellationToken)
    {
        session.Lifecycle.CheckRequest(Method);
        var typed = HandlerParams.Read<TParams>(parameters, Method, ParamsOptional);
        TResult result;
        try
        {
            result = await HandleAsync(typed, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (LocalRpcException)
        {
            throw;
        }
        catch (Exception e)
        {
            session.Log.Error($"{Method} failed: {e.GetType().Name}: {e.Message}");
            throw new LocalRpcException($"Berth could not answer {Method}: {e.Message}") { ErrorCode = LspErrorCodes.InternalError };
        }
        // Written once, straight to UTF-8, and copied into the answer by the message handler (see EncodedJson);
        // a handler may have written its answer itself.
        var encoded = result as EncodedJson ?? EncodedJson.Of(result);
        StartupTrace.Mark("answer serialized");
        return encoded;
    }

    // StreamJsonRpc calls a method of a target object; this one's takes the params as they came.
    private sealed class Dispatcher(IRequestInvoker handler, ServerSession session)
    {
        public Task<object?> InvokeAsync(JToken? parameters = null, CancellationToken cancellationToken = default) =>
            handler.InvokeAsync(parameters, session, cancellationToken);
    }
}

/// <summary>A request handler seen without its types: what <see cref="EarlyInitialize"/> calls for initialize.</summary>
internal interface IRequestInvoker
{
    Task<object?> InvokeAsync(JToken? parameters, ServerSession session, CancellationToken cancellationToken);
}

/// <summary>Reads a handler's params with the LSP serializer; bad params become InvalidParams.</summary>
internal static class HandlerParams
{
    public static T Read<T>(JToken? parameters, string method, bool optional)
    {
        if (parameters is null || parameters.Type == JTokenType.Null)
        {
            if (optional) return default!;
            throw new LocalRpcException($"{method} needs params.") { ErrorCode = LspErrorCodes.InvalidParams };
        }
        if (typeof(T) == typeof(JToken)) return (T)(object)parameters;
        try
        {
            return parameters.ToObject<T>(LspSerializer.Instance)
                ?? throw new LocalRpcException($"{method} needs params.") { ErrorCode = LspErrorCodes.InvalidParams };
        }
        catch (JsonException e)
        {
            throw new LocalRpcException($"The params of {method} do not have the expected shape: {e.Message}") { ErrorCode = LspErrorCodes.InvalidParams };
        }
    }
}
