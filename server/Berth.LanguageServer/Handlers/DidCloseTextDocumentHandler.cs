using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers;

/// <summary>textDocument/didClose: forgets the document and clears its diagnostics in the editor.</summary>
public sealed class DidCloseTextDocumentHandler(ServerSession session) : NotificationHandler<DidCloseTextDocumentParams>
{
    public override string Method => "textDocument/didClose";

    public override Task HandleAsync(DidCloseTextDocumentParams parameters)
    {
        var uri = parameters.TextDocument.Uri;
        var wasAnalysed = session.Documents.Get(uri) is { IsDockerfile: true } or { IsManifest: true };
        // Removed before the clear is sent, so a publish still in flight sees it closed and stays silent.
        session.Documents.Remove(uri);
        return wasAnalysed ? session.Diagnostics.ClearAsync(uri) : Task.CompletedTask;
    }
}
