using Berth.Dockerfile.LanguageService.Navigation;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/documentHighlight: the symbol's occurrences, declarations as writes.</summary>
public sealed class DocumentHighlightHandler(ServerSession session) : RequestHandler<TextDocumentPositionParams, IReadOnlyList<DocumentHighlight>>
{
    public override string Method => "textDocument/documentHighlight";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("documentHighlightProvider", true);

    public override Task<IReadOnlyList<DocumentHighlight>> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<IReadOnlyList<DocumentHighlight>>([]);
        var highlights = SymbolNavigation.Highlights(SymbolTableCache.Of(snapshot.Dockerfile), snapshot.Offset(parameters.Position));
        return Task.FromResult<IReadOnlyList<DocumentHighlight>>(highlights.Select(h => new DocumentHighlight(snapshot.Range(h.Span), h.IsDeclaration ? 3 : 2)).ToList());
    }
}
