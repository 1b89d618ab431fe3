namespace Berth.LanguageServer.Server;

/// <summary>
/// The editor, while the connection that reaches it is still being set up (<see cref="LanguageServerHost"/> answers
/// initialize before StreamJsonRpc listens, see <see cref="EarlyInitialize"/>). What the session sends meanwhile (a
/// log line about a bad .hadolint.yaml) waits and goes out once <see cref="Connect"/> is called, in the order it was
/// sent and before anything sent after; from then on, every call goes straight through.
/// </summary>
public sealed class DeferredLanguageClient : ILanguageClient
{
    private readonly object _gate = new();
    private readonly List<(string Method, object Parameters, TaskCompletionSource Sent)> _waiting = [];
    private readonly TaskCompletionSource<ILanguageClient> _client = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ILanguageClient? _connected;

    /// <summary>From now on, messages go to <paramref name="client"/>; the ones waiting go first.</summary>
    public void Connect(ILanguageClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        lock (_gate)
        {
            if (_connected is not null) throw new InvalidOperationException("The client is already connected.");
            // Handed over in order before the client is visible to other callers, so nothing sent later overtakes them.
            foreach (var (method, parameters, sent) in _waiting) _ = ForwardAsync(() => client.NotifyAsync(method, parameters), sent);
            _waiting.Clear();
            _connected = client;
        }
        _client.SetResult(client);
    }

    public Task NotifyAsync(string method, object parameters)
    {
        ILanguageClient? client;
        lock (_gate)
        {
            client = _connected;
            if (client is null)
            {
                var sent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiting.Add((method, parameters, sent));
                return sent.Task;
            }
        }
        return client.NotifyAsync(method, parameters);
    }

    public async Task<TResult?> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken)
    {
        var client = await _client.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await client.RequestAsync<TResult>(method, parameters, cancellationToken).ConfigureAwait(false);
    }

    // The waiting caller's task ends as the real send ends.
    private static async Task ForwardAsync(Func<Task> send, TaskCompletionSource sent)
    {
        try
        {
            await send().ConfigureAwait(false);
            sent.TrySetResult();
        }
        catch (OperationCanceledException)
        {
            sent.TrySetCanceled();
        }
        catch (Exception e)
        {
            sent.TrySetException(e);
        }
    }
}
