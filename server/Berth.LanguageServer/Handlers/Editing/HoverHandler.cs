using Berth.Dockerfile.LanguageService.Hover;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/hover: translates <see cref="HoverService"/>.</summary>
public sealed class HoverHandler(ServerSession session) : RequestHandler<TextDocumentPositionParams, Hover?>
{
    public override string Method => "textDocument/hover";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("hoverProvider", true);

    public override Task<Hover?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        if (session.Documents.Get(parameters.TextDocument.Uri) is { IsManifest: true } manifest) return Task.FromResult(Manifest.ManifestFeatures.Hover(session, manifest, parameters.Position));
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<Hover?>(null);
        var document = snapshot.Dockerfile;
        var info = HoverService.Hover(document, SymbolTableCache.Of(document), snapshot.Offset(parameters.Position));
        return Task.FromResult(info is null ? null : new Hover(MarkupContent.Markdown(info.Markdown), snapshot.Range(info.Span)));
    }
}
