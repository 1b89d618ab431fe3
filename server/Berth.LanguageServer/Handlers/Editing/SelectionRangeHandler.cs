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

/// <summary>textDocument/selectionRange: name → word → instruction → stage → file, per position.</summary>
public sealed class SelectionRangeHandler(ServerSession session) : RequestHandler<SelectionRangeParams, IReadOnlyList<SelectionRange>>
{
    public override string Method => "textDocument/selectionRange";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("selectionRangeProvider", true);

    public override Task<IReadOnlyList<SelectionRange>> HandleAsync(SelectionRangeParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<IReadOnlyList<SelectionRange>>([]);
        var symbols = SymbolTableCache.Of(snapshot.Dockerfile);
        var result = new List<SelectionRange>();
        foreach (var position in parameters.Positions)
        {
            var spans = SelectionRanges.At(snapshot.Dockerfile, symbols, snapshot.Offset(position));
            SelectionRange? range = null;
            for (var i = spans.Count - 1; i >= 0; i--) range = new SelectionRange(snapshot.Range(spans[i]), range);
            result.Add(range!);
        }
        return Task.FromResult<IReadOnlyList<SelectionRange>>(result);
    }
}
