using System.Collections.Concurrent;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>The build/run/push commands' handlers (issues 6 and 7), registered from <see cref="HandlerRegistry.CreateDefault"/> in one line.</summary>
public static class CommandHandlers
{
    public static IEnumerable<LspHandler> Create(ServerSession session)
    {
        // Progress tokens of running commands, shared so that a cancel notification finds its command.
        var running = new ConcurrentDictionary<string, CancellationTokenSource>(StringComparer.Ordinal);
        return
        [
            new ExecuteCommandHandler(session, running),
            new WorkDoneProgressCancelHandler(running),
            new CodeLensHandler(session),
        ];
    }
}
