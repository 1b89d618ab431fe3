namespace Berth.LanguageServer.Server;

/// <summary>The editor on the other end: what the server may send it. Parameters are serialized as LSP JSON.</summary>
public interface ILanguageClient
{
    Task NotifyAsync(string method, object parameters);

    Task<TResult?> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken);
}
