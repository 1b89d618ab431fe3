using Berth.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Berth.LanguageServer.Server;

/// <summary><see cref="ILanguageClient"/> over the StreamJsonRpc connection.</summary>
public sealed class JsonRpcLanguageClient(JsonRpc rpc) : ILanguageClient
{
    public Task NotifyAsync(string method, object parameters) =>
        // Pre-serialized below the top level: a publish of thousands of diagnostics goes out as their cached texts, not as trees.
        rpc.NotifyWithParameterObjectAsync(method, LspSerializer.ToRawObject(parameters));

    public Task<TResult?> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken) =>
        rpc.InvokeWithParameterObjectAsync<TResult?>(method, parameters, cancellationToken);
}
