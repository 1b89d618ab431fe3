using System.Collections.Concurrent;
using Berth.LanguageServer.Protocol;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>window/workDoneProgress/cancel: the user pressed Cancel on a Berth progress bar.</summary>
public sealed class WorkDoneProgressCancelHandler(ConcurrentDictionary<string, CancellationTokenSource> running) : NotificationHandler<WorkDoneProgressTokenParams>
{
    public override string Method => "window/workDoneProgress/cancel";

    public override Task HandleAsync(WorkDoneProgressTokenParams parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (running.TryGetValue(parameters.Token, out var cancellation)) cancellation.Cancel();
        return Task.CompletedTask;
    }
}
