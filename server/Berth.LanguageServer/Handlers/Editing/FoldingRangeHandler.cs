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

/// <summary>textDocument/foldingRange: stages, multi-line instructions, heredocs, comment blocks.</summary>
public sealed class FoldingRangeHandler(ServerSession session) : RequestHandler<DocumentParams, IReadOnlyList<FoldingRange>>
{
    public override string Method => "textDocument/foldingRange";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("foldingRangeProvider", true);

    public override Task<IReadOnlyList<FoldingRange>> HandleAsync(DocumentParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<IReadOnlyList<FoldingRange>>([]);
        var regions = FoldingRegions.Compute(snapshot.Dockerfile, SymbolTableCache.Of(snapshot.Dockerfile));
        return Task.FromResult<IReadOnlyList<FoldingRange>>(regions
            .Select(r => new FoldingRange(r.StartLine, r.EndLine, r.Kind == FoldingRegionKind.Comment ? "comment" : "region")).ToList());
    }
}
