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
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/documentLink: base images and # syntax= frontends to their registry pages.</summary>
public sealed class DocumentLinkHandler(ServerSession session) : RequestHandler<DocumentParams, IReadOnlyList<LspDocumentLink>>
{
    public override string Method => "textDocument/documentLink";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.Set("documentLinkProvider", new JObject { ["resolveProvider"] = false });

    public override Task<IReadOnlyList<LspDocumentLink>> HandleAsync(DocumentParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<IReadOnlyList<LspDocumentLink>>([]);
        var links = DocumentLinks.Compute(snapshot.Dockerfile, SymbolTableCache.Of(snapshot.Dockerfile));
        return Task.FromResult<IReadOnlyList<LspDocumentLink>>(links.Select(l => new LspDocumentLink(snapshot.Range(l.Span), l.Target, l.Tooltip)).ToList());
    }
}
