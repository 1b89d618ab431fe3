using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using StreamJsonRpc;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// Every LSP method Berth serves, in one list. The server's capabilities are assembled from these handlers,
/// so a method is advertised exactly when its handler is registered here. Add new handlers to
/// <see cref="CreateDefault"/>.
/// </summary>
public sealed class HandlerRegistry
{
    private readonly IReadOnlyList<LspHandler> _handlers;

    public HandlerRegistry(IReadOnlyList<LspHandler> handlers)
    {
        var duplicate = handlers.GroupBy(h => h.Method, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new InvalidOperationException($"Two handlers are registered for {duplicate.Key}.");
        _handlers = handlers;
    }

    public static HandlerRegistry CreateDefault(ServerSession session) => new(
    [
        // Lifecycle
        new InitializeHandler(session),
        new InitializedHandler(session),
        new ShutdownHandler(session),
        new ExitHandler(session),
        // Text synchronisation
        new DidOpenTextDocumentHandler(session),
        new DidChangeTextDocumentHandler(session),
        new DidCloseTextDocumentHandler(session),
        // Workspace
        new DidChangeConfigurationHandler(session),
        new DidChangeWatchedFilesHandler(session),
        // Language features
        new DocumentDiagnosticHandler(session),
        new CodeActions.CodeActionHandler(session),
        .. Editing.EditingHandlers.Create(session),
        .. Commands.CommandHandlers.Create(session),
    ]);

    public IReadOnlyList<LspHandler> Handlers => _handlers;

    public IEnumerable<string> Methods => _handlers.Select(h => h.Method);

    public ServerCapabilities BuildCapabilities(ClientCapabilities client)
    {
        var capabilities = new ServerCapabilities();
        foreach (var handler in _handlers) handler.Advertise(capabilities, client);
        return capabilities;
    }

    /// <summary>The handler of a request method, seen without its types; null when none is registered.</summary>
    internal IRequestInvoker? Request(string method) =>
        _handlers.FirstOrDefault(h => h.Method.Equals(method, StringComparison.Ordinal)) as IRequestInvoker;

    internal void Attach(JsonRpc rpc, ServerSession session)
    {
        foreach (var handler in _handlers) handler.Attach(rpc, session);
    }
}
