namespace Berth.LanguageServer.Server;

/// <summary>
/// The editor, while the connection that reaches it is still being set up (<see cref="LanguageServerHost"/> answers
/// initialize before StreamJsonRpc listens, see <see cref="EarlyInitialize"/>). What the session sends meanwhile (a
/// log line about a bad .hadolint.yaml) waits and goes out once <see cref="Connect"/> is called; after that, every call
/// goes straight through.
/// </summary>
public sealed class DeferredLanguageClient : ILanguageClient
{
    private readonly TaskCompletionSource<ILanguageClient> _client = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>From now on, messages go to <paramref name="client"/>; the ones waiting go first.</summary>
    public void Connect(ILanguageClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!_client.TrySetResult(client)) throw new InvalidOperationException("The client is already connected.");
    }

    public Task NotifyAsync(string method, object parameters) =>
        _client.Task.IsCompletedSuccessfully ? _client.Task.Result.NotifyAsync(method, parameters) : NotifyLaterAsync(method, parameters);

    public async Task<TResult?> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken)
    {
        var client = await _client.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await client.RequestAsync<TResult>(method, parameters, cancellationToken).ConfigureAwait(false);
    }

    private async Task NotifyLaterAsync(string method, object parameters)
    {
        var client = await _client.Task.ConfigureAwait(false);
        await client.NotifyAsync(method, parameters).ConfigureAwait(false);
    }
}
