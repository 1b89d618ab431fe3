using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers;

/// <summary>textDocument/didOpen: stores the first snapshot and checks it. Advertises open/close and incremental sync.</summary>
public sealed class DidOpenTextDocumentHandler(ServerSession session) : NotificationHandler<DidOpenTextDocumentParams>
{
    public override string Method => "textDocument/didOpen";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.TextDocumentSync = new TextDocumentSyncOptions(OpenClose: true, Change: TextDocumentSyncKind.Incremental);

    public override Task HandleAsync(DidOpenTextDocumentParams parameters)
    {
        var item = parameters.TextDocument;
        var snapshot = new DocumentSnapshot(item.Uri, item.LanguageId ?? string.Empty, item.Version, item.Text ?? string.Empty);
        session.Documents.Set(snapshot);
        if (snapshot.IsDockerfile || snapshot.IsManifest) session.Diagnostics.Schedule(snapshot, editedByClient: true);
        return Task.CompletedTask;
    }
}
