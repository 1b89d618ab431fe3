using Berth.Dockerfile.LanguageService.Navigation;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/references: every place the symbol at the caret is written, in its own scope only.</summary>
public sealed class ReferencesHandler(ServerSession session) : RequestHandler<ReferenceParams, IReadOnlyList<Location>>
{
    public override string Method => "textDocument/references";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("referencesProvider", true);

    public override Task<IReadOnlyList<Location>> HandleAsync(ReferenceParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<IReadOnlyList<Location>>([]);
        var spans = SymbolNavigation.References(SymbolTableCache.Of(snapshot.Dockerfile), snapshot.Offset(parameters.Position),
            parameters.Context?.IncludeDeclaration ?? true);
        return Task.FromResult<IReadOnlyList<Location>>(spans.Select(s => new Location(snapshot.Uri, snapshot.Range(s))).ToList());
    }
}
