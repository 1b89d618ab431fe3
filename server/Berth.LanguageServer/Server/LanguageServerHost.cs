using Berth.LanguageServer.Diagnostics;
using Berth.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Berth.LanguageServer.Server;

/// <summary>
/// Runs one language-server session over a pair of streams (stdin/stdout for <c>berth lsp --stdio</c>)
/// until the client sends exit or goes away, and returns the process exit code.
/// </summary>
public static class LanguageServerHost
{
    /// <param name="warmUp">Also run <see cref="StartupWarmUp"/> (the editor's server does; the warm-up's own session doesn't).</param>
    public static async Task<int> RunAsync(Stream input, Stream output, TextWriter fatalLog, bool warmUp = true)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(fatalLog);
        // Written on the writing thread (BlockingWriteStream), in the message handler's 64 KB segments.
        var sending = new BlockingWriteStream(output);
        var receiving = InputPump.Start(input);
        var client = new DeferredLanguageClient();
        var session = new ServerSession(client, DiagnosticsPublisher.DefaultDebounce);
        StartupTrace.Mark("session created");
        // The editor waits for this answer before anything else: it is given while StreamJsonRpc is set up below.
        var earlyInitialize = Task.Run(() => EarlyInitialize.TryAnswerAsync(receiving, sending, session));

        var formatter = new JsonMessageFormatter();
        LspSerializer.Configure(formatter.JsonSerializer);
        var messages = new LspMessageHandler(sending, receiving, formatter);
        StartupTrace.Mark("formatter ready");
        using var rpc = new JsonRpc(messages);
        StartupTrace.Mark("JsonRpc created");
        var context = new OrderedSynchronizationContext(e => fatalLog.WriteLine($"berth: internal error while handling a message: {e.GetType().Name}: {e.Message}"));
        rpc.SynchronizationContext = context;
        messages.MalformedMessage = problem => session.Log.Warning($"Answered a malformed message with an error: {problem}");
        // Once the editor has our initialize answer: run alongside initialize, the warm-up delayed the answer by about
        // 45 ms on two cores (its first uses of the same libraries compete with the real ones); afterwards it overlaps
        // the editor's first didOpen instead (bench/RESULTS.md).
        if (warmUp) _ = session.Lifecycle.ClientReady.ContinueWith(_ => StartupWarmUp.Start(fatalLog), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        session.Registry.Attach(rpc, session);
        StartupTrace.Mark("handlers attached");

        // StreamJsonRpc reads on from the message after initialize (or from the first, if that was something else);
        // nothing else writes until the early answer is out.
        try
        {
            await earlyInitialize.ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The editor is gone; StreamJsonRpc finds the same when it starts, and the session ends as for any lost connection.
        }
        rpc.StartListening();
        client.Connect(new JsonRpcLanguageClient(rpc));
        StartupTrace.Mark("listening");

        var finished = await Task.WhenAny(session.Lifecycle.Exited, rpc.Completion).ConfigureAwait(false);
        context.Complete();
        if (finished == session.Lifecycle.Exited) return await session.Lifecycle.Exited.ConfigureAwait(false);

        // The client closed the connection without exit: a crash on its side, or a shutdown without exit.
        if (rpc.Completion.IsFaulted)
            await fatalLog.WriteLineAsync($"berth: the connection to the editor failed: {rpc.Completion.Exception?.GetBaseException().Message}").ConfigureAwait(false);
        return session.Lifecycle.IsShutDown ? 0 : 1;
    }
}
