using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>
/// textDocument/documentSymbol: the stage hierarchy from <see cref="DocumentOutline"/>, written straight to JSON
/// (<see cref="DocumentSymbolsJson"/>); a manifest's sections from <see cref="Manifest.ManifestFeatures.Symbols"/>.
/// </summary>
public sealed class DocumentSymbolHandler(ServerSession session) : RequestHandler<DocumentParams, EncodedJson>
{
    public override string Method => "textDocument/documentSymbol";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("documentSymbolProvider", true);

    public override Task<EncodedJson> HandleAsync(DocumentParams parameters, CancellationToken cancellationToken)
    {
        if (session.Documents.Get(parameters.TextDocument.Uri) is { IsManifest: true } manifest)
            return Task.FromResult(EncodedJson.Of(Manifest.ManifestFeatures.Symbols(manifest)));
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult(EncodedJson.EmptyArray());
        var outline = DocumentOutline.Build(snapshot.Dockerfile, SymbolTableCache.Of(snapshot.Dockerfile));
        return Task.FromResult(DocumentSymbolsJson.Encode(outline, snapshot.Lines));
    }
}
