using Berth.Dockerfile.LanguageService.Folding;
using Berth.Dockerfile.LanguageService.InlayHints;
using Berth.Dockerfile.LanguageService.Links;
using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.LanguageService.Selection;
using Berth.Dockerfile.LanguageService.Signatures;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspDocumentLink = Berth.LanguageServer.Protocol.Editing.DocumentLink;
using LspInlayHint = Berth.LanguageServer.Protocol.Editing.InlayHint;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/documentSymbol: the stage hierarchy from <see cref="DocumentOutline"/>.</summary>
public sealed class DocumentSymbolHandler(ServerSession session) : RequestHandler<DocumentParams, IReadOnlyList<DocumentSymbol>>
{
    public override string Method => "textDocument/documentSymbol";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("documentSymbolProvider", true);

    public override Task<IReadOnlyList<DocumentSymbol>> HandleAsync(DocumentParams parameters, CancellationToken cancellationToken)
    {
        if (session.Documents.Get(parameters.TextDocument.Uri) is { IsManifest: true } manifest) return Task.FromResult(Manifest.ManifestFeatures.Symbols(manifest));
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<IReadOnlyList<DocumentSymbol>>([]);
        var outline = DocumentOutline.Build(snapshot.Dockerfile, SymbolTableCache.Of(snapshot.Dockerfile));
        return Task.FromResult<IReadOnlyList<DocumentSymbol>>(outline.Select(n => ToLsp(snapshot, n)).ToList());
    }

    private static DocumentSymbol ToLsp(DocumentSnapshot snapshot, OutlineNode node) => new(node.Name, node.Detail,
        node.Kind switch
        {
            OutlineKind.Stage => SymbolKinds.Class,
            OutlineKind.Variable => SymbolKinds.Variable,
            OutlineKind.Directive => SymbolKinds.Property,
            _ => SymbolKinds.Function,
        },
        snapshot.Range(node.Span), snapshot.Range(node.SelectionSpan),
        node.Children.Count == 0 ? null : node.Children.Select(c => ToLsp(snapshot, c)).ToList());
}
