using Berth.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Berth.LanguageServer.Server;

/// <summary>
/// The server's log, sent to the editor as <c>window/logMessage</c> (stdout carries the protocol, so nothing
/// else may write there). Messages go out in the order logged. Never log secrets or document text.
/// </summary>
public sealed class ClientLogger(ILanguageClient client)
{
    private readonly Lock _lock = new();
    private Task _tail = Task.CompletedTask;

    public void Error(string message) => Log(MessageType.Error, message);

    public void Warning(string message) => Log(MessageType.Warning, message);

    public void Info(string message) => Log(MessageType.Info, message);

    public void Debug(string message) => Log(MessageType.Log, message);

    public void Log(MessageType type, string message)
    {
        var parameters = new LogMessageParams(type, message);
        lock (_lock)
        {
            _tail = _tail.ContinueWith(_ => SendAsync(parameters), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
        }
    }

    private async Task SendAsync(LogMessageParams parameters)
    {
        try
        {
            await client.NotifyAsync("window/logMessage", parameters).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // The editor has gone; stderr is the only place left that someone might read.
            await Console.Error.WriteLineAsync($"berth: {parameters.Message}").ConfigureAwait(false);
        }
    }
}
