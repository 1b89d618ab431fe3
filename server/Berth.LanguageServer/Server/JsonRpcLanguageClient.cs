using StreamJsonRpc;

namespace Berth.LanguageServer.Server;

/// <summary><see cref="ILanguageClient"/> over the StreamJsonRpc connection.</summary>
public sealed class JsonRpcLanguageClient(JsonRpc rpc) : ILanguageClient
{
    public Task NotifyAsync(string method, object parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    public Task<TResult?> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken) =>
        rpc.InvokeWithParameterObjectAsync<TResult?>(method, parameters, cancellationToken);
}
