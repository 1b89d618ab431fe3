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

/// <summary>textDocument/inlayHint: resolved variable values and stage indexes.</summary>
public sealed class InlayHintHandler(ServerSession session) : RequestHandler<DocumentRangeParams, IReadOnlyList<LspInlayHint>>
{
    public override string Method => "textDocument/inlayHint";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("inlayHintProvider", true);

    public override Task<IReadOnlyList<LspInlayHint>> HandleAsync(DocumentRangeParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<IReadOnlyList<LspInlayHint>>([]);
        var hints = InlayHintProvider.Compute(snapshot.Dockerfile, SymbolTableCache.Of(snapshot.Dockerfile), snapshot.Span(parameters.Range));
        return Task.FromResult<IReadOnlyList<LspInlayHint>>(hints.Select(h => new LspInlayHint(snapshot.Position(h.Offset), h.Label, 1, h.Tooltip, true)).ToList());
    }
}
