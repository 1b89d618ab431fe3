using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers;

/// <summary>textDocument/didChange: applies the edits (incremental or full) to make the next snapshot, and re-checks it.</summary>
public sealed class DidChangeTextDocumentHandler(ServerSession session) : NotificationHandler<DidChangeTextDocumentParams>
{
    public override string Method => "textDocument/didChange";

    public override Task HandleAsync(DidChangeTextDocumentParams parameters)
    {
        var uri = parameters.TextDocument.Uri;
        var current = session.Documents.Get(uri);
        if (current is null)
        {
            session.Log.Warning($"Ignored an edit to {uri}, which is not open (didChange before didOpen).");
            return Task.CompletedTask;
        }
        var next = current.WithChanges(parameters.TextDocument.Version, parameters.ContentChanges ?? []);
        session.Documents.Set(next);
        if (next.IsDockerfile || next.IsManifest) session.Diagnostics.Schedule(next, editedByClient: true);
        return Task.CompletedTask;
    }
}
