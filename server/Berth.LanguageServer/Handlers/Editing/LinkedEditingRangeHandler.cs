using Berth.Dockerfile.LanguageService.Navigation;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/linkedEditingRange: a here-document's opening and closing delimiters edit together.</summary>
public sealed class LinkedEditingRangeHandler(ServerSession session) : RequestHandler<TextDocumentPositionParams, LinkedEditingRanges?>
{
    public override string Method => "textDocument/linkedEditingRange";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("linkedEditingRangeProvider", true);

    public override Task<LinkedEditingRanges?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<LinkedEditingRanges?>(null);
        var spans = LinkedEditing.Ranges(SymbolTableCache.Of(snapshot.Dockerfile), snapshot.Offset(parameters.Position));
        return Task.FromResult(spans.Count == 0 ? null : new LinkedEditingRanges(spans.Select(s => snapshot.Range(s)).ToList(), LinkedEditing.DelimiterPattern));
    }
}
