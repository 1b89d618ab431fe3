using Berth.Dockerfile.LanguageService.Navigation;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/definition: where the stage, variable or delimiter at the caret is declared.</summary>
public sealed class DefinitionHandler(ServerSession session) : RequestHandler<TextDocumentPositionParams, IReadOnlyList<Location>>
{
    public override string Method => "textDocument/definition";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("definitionProvider", true);

    public override Task<IReadOnlyList<Location>> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        if (session.Documents.Get(parameters.TextDocument.Uri) is { IsManifest: true } manifest) return Task.FromResult(Manifest.ManifestFeatures.Definition(session, manifest, parameters.Position));
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<IReadOnlyList<Location>>([]);
        var spans = SymbolNavigation.Definition(SymbolTableCache.Of(snapshot.Dockerfile), snapshot.Offset(parameters.Position));
        return Task.FromResult<IReadOnlyList<Location>>(spans.Select(s => new Location(snapshot.Uri, snapshot.Range(s))).ToList());
    }
}
