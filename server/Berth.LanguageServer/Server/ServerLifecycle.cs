using Berth.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Berth.LanguageServer.Server;

/// <summary>
/// The LSP lifecycle: nothing but <c>initialize</c> is served before it, nothing but <c>exit</c> after
/// <c>shutdown</c>, and <c>exit</c> ends the process with 0 after a shutdown, 1 without one.
/// </summary>
public sealed class ServerLifecycle
{
    private enum State { Created, Initialized, ShutDown }

    private volatile State _state = State.Created;
    private readonly TaskCompletionSource<int> _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _clientReady = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsInitialized => _state != State.Created;

    public bool IsShutDown => _state == State.ShutDown;

    /// <summary>Completes when the client sends <c>initialized</c>: it has our initialize answer and is ready.</summary>
    public Task ClientReady => _clientReady.Task;

    /// <summary>Completes with the process exit code when the client sends <c>exit</c>.</summary>
    public Task<int> Exited => _exit.Task;

    /// <summary>Throws the LSP error for a request that the current state does not allow.</summary>
    public void CheckRequest(string method)
    {
        if (method == "initialize")
        {
            if (_state != State.Created)
                throw new LocalRpcException("The server is already initialized; initialize may be sent only once.") { ErrorCode = LspErrorCodes.InvalidRequest };
            return;
        }
        if (_state == State.Created)
            throw new LocalRpcException($"The server is not initialized yet; send initialize before {method}.") { ErrorCode = LspErrorCodes.ServerNotInitialized };
        if (_state == State.ShutDown)
            throw new LocalRpcException($"The server is shutting down and no longer answers {method}; send exit.") { ErrorCode = LspErrorCodes.InvalidRequest };
    }

    /// <summary>True when a notification may be handled now (before initialize and after shutdown, only exit).</summary>
    public bool AcceptsNotification(string method) => method == "exit" || _state == State.Initialized;

    public void MarkInitialized() => _state = State.Initialized;

    public void MarkClientReady() => _clientReady.TrySetResult();

    public void MarkShutDown() => _state = State.ShutDown;

    public void Exit() => _exit.TrySetResult(_state == State.ShutDown ? 0 : 1);
}
