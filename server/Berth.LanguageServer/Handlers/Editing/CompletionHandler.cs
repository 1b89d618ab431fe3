using Berth.Dockerfile.LanguageService.Completion;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/completion: translates <see cref="CompletionService"/> entries; documentation comes on resolve.</summary>
public sealed class CompletionHandler(ServerSession session) : RequestHandler<CompletionParams, CompletionList>
{
    public override string Method => "textDocument/completion";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.Set("completionProvider", new JObject { ["triggerCharacters"] = new JArray("-", "=", "$", "{", ",", "/", "#", " "), ["resolveProvider"] = true });

    public override Task<CompletionList> HandleAsync(CompletionParams parameters, CancellationToken cancellationToken)
    {
        if (session.Documents.Get(parameters.TextDocument.Uri) is { IsManifest: true } manifest) return Task.FromResult(Manifest.ManifestFeatures.Completion(session, manifest, parameters.Position));
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult(new CompletionList(false, []));
        var offset = snapshot.Offset(parameters.Position);
        var entries = Complete(snapshot, offset, session);
        cancellationToken.ThrowIfCancellationRequested();
        var items = entries.Select(e => ToLsp(snapshot, e, withDocumentation: false) with
        {
            Data = e.Documentation is null ? null : new JObject { ["uri"] = snapshot.Uri, ["offset"] = offset, ["label"] = e.Label, ["version"] = snapshot.Version },
        }).ToList();
        return Task.FromResult(new CompletionList(false, items));
    }

    internal static IReadOnlyList<CompletionEntry> Complete(DocumentSnapshot snapshot, int offset, ServerSession session)
    {
        var document = snapshot.Dockerfile;
        return CompletionService.Complete(document, SymbolTableCache.Of(document), offset, BuildContextLister.For(snapshot.Uri, session));
    }

    internal static CompletionItem ToLsp(DocumentSnapshot snapshot, CompletionEntry entry, bool withDocumentation) => new(entry.Label)
    {
        Kind = entry.Kind switch
        {
            CompletionEntryKind.Keyword => CompletionItemKinds.Keyword,
            CompletionEntryKind.Snippet => CompletionItemKinds.Snippet,
            CompletionEntryKind.Directive => CompletionItemKinds.Keyword,
            CompletionEntryKind.Flag => CompletionItemKinds.Property,
            CompletionEntryKind.Variable => CompletionItemKinds.Variable,
            CompletionEntryKind.Stage => CompletionItemKinds.Class,
            CompletionEntryKind.Property => CompletionItemKinds.Field,
            CompletionEntryKind.File => CompletionItemKinds.File,
            CompletionEntryKind.Folder => CompletionItemKinds.Folder,
            _ => CompletionItemKinds.Value,
        },
        Detail = entry.Detail,
        Documentation = withDocumentation && entry.Documentation is { } doc ? MarkupContent.Markdown(doc) : null,
        SortText = entry.SortText,
        InsertTextFormat = entry.IsSnippet ? 2 : 1,
        TextEdit = new LspTextEdit(snapshot.Range(entry.ReplaceSpan), entry.InsertText),
    };
}
