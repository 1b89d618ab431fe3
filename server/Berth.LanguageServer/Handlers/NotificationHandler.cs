using System.Reflection;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// A notification: params in, no answer. Notifications run one at a time in the order received until
/// their first await, so text-sync state changes must happen before any await. A failure is logged,
/// since there is no response to carry it.
/// </summary>
public abstract class NotificationHandler<TParams> : LspHandler
{
    protected virtual bool ParamsOptional => false;

    public abstract Task HandleAsync(TParams parameters);

    internal override void Attach(JsonRpc rpc, ServerSession session)
    {
        var dispatcher = new Dispatcher(this, session);
        var invoke = typeof(Dispatcher).GetMethod(nameof(Dispatcher.InvokeAsync), BindingFlags.Public | BindingFlags.Instance)!;
        rpc.AddLocalRpcMethod(invoke, dispatcher, new JsonRpcMethodAttribute(Method) { UseSingleObjectParameterDeserialization = true });
    }

    private sealed class Dispatcher(NotificationHandler<TParams> handler, ServerSession session)
    {
        public async Task InvokeAsync(JToken? parameters = null)
        {
            // Before initialize and after shutdown, notifications other than exit are dropped (LSP 3.17).
            if (!session.Lifecycle.AcceptsNotification(handler.Method)) return;
            try
            {
                var typed = HandlerParams.Read<TParams>(parameters, handler.Method, handler.ParamsOptional);
                await handler.HandleAsync(typed).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                session.Log.Error($"{handler.Method} failed: {(e is LocalRpcException ? e.Message : $"{e.GetType().Name}: {e.Message}")}");
            }
        }
    }
}
