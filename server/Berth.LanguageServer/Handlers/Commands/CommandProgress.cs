using System.Collections.Concurrent;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>
/// LSP work-done progress for one long command: asks the client to create a token, then sends begin, reports
/// and end. The client's window/workDoneProgress/cancel for the token cancels <see cref="Token"/>, as does the
/// request's own $/cancelRequest.
/// </summary>
public sealed class CommandProgress : IAsyncDisposable
{
    private readonly ILanguageClient _client;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running;
    private readonly CancellationTokenSource _cancellation;
    private readonly string _token = "berth/" + Guid.NewGuid().ToString("N");
    private readonly Lock _queueGate = new();
    // Reports come from the engine's stream thread; chaining them keeps their order and puts "end" after the last.
    private Task _queue = Task.CompletedTask;
    private bool _created;

    private CommandProgress(ILanguageClient client, ConcurrentDictionary<string, CancellationTokenSource> running, CancellationToken requestCancelled)
    {
        _client = client;
        _running = running;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(requestCancelled);
        _running[_token] = _cancellation;
    }

    public CancellationToken Token => _cancellation.Token;

    public static async Task<CommandProgress> BeginAsync(ServerSession session, ConcurrentDictionary<string, CancellationTokenSource> running, string title, CancellationToken requestCancelled)
    {
        var progress = new CommandProgress(session.Client, running, requestCancelled);
        try
        {
            await session.Client.RequestAsync<object>("window/workDoneProgress/create", new WorkDoneProgressTokenParams(progress._token), requestCancelled).ConfigureAwait(false);
            progress._created = true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A client without work-done progress still gets the logs and the answer; only the bar is missing.
            session.Log.Debug($"The editor did not create a progress bar ({e.Message}); continuing without one.");
        }
        await progress.SendAsync(new WorkDoneProgressValue("begin") { Title = title, Cancellable = true }).ConfigureAwait(false);
        return progress;
    }

    /// <summary>Queues a report; it is sent after the earlier ones, and before "end".</summary>
    public void Report(string? message, int? percentage)
    {
        var value = new WorkDoneProgressValue("report") { Message = message, Percentage = percentage is { } p ? Math.Clamp(p, 0, 100) : null };
        lock (_queueGate) _queue = _queue.ContinueWith(_ => SendAsync(value), TaskScheduler.Default).Unwrap();
    }

    public async ValueTask DisposeAsync()
    {
        Task last;
        lock (_queueGate) last = _queue;
        try
        {
            await last.ConfigureAwait(false);
        }
        catch (Exception e) when (e is StreamJsonRpc.ConnectionLostException or ObjectDisposedException)
        {
            // The editor has gone: nobody is left to show the progress bar to.
        }
        await SendAsync(new WorkDoneProgressValue("end")).ConfigureAwait(false);
        _running.TryRemove(_token, out _);
        _cancellation.Dispose();
    }

    private Task SendAsync(WorkDoneProgressValue value) =>
        _created ? _client.NotifyAsync("$/progress", new ProgressParams(_token, value)) : Task.CompletedTask;
}
