using Berth.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Berth.LanguageServer.Server;

/// <summary><see cref="ILanguageClient"/> over the StreamJsonRpc connection.</summary>
public sealed class JsonRpcLanguageClient(JsonRpc rpc) : ILanguageClient
{
    public Task NotifyAsync(string method, object parameters) =>
        // Written once, straight to UTF-8 (a publish of thousands of diagnostics from their cached texts); the message
        // handler copies the bytes into the message.
        rpc.NotifyWithParameterObjectAsync(method, EncodedJson.Of(parameters));

    public Task<TResult?> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken) =>
        rpc.InvokeWithParameterObjectAsync<TResult?>(method, parameters, cancellationToken);
}
