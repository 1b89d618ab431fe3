using Berth.Dockerfile.LanguageService.Navigation;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>workspace/symbol: stages and ARGs of every open Dockerfile.</summary>
public sealed class WorkspaceSymbolHandler(ServerSession session) : RequestHandler<WorkspaceSymbolParams, IReadOnlyList<SymbolInformation>>
{
    public override string Method => "workspace/symbol";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("workspaceSymbolProvider", true);

    public override Task<IReadOnlyList<SymbolInformation>> HandleAsync(WorkspaceSymbolParams parameters, CancellationToken cancellationToken)
    {
        var result = new List<SymbolInformation>();
        foreach (var snapshot in session.Documents.All.Where(d => d.IsDockerfile).OrderBy(d => d.Uri, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var entry in WorkspaceSymbolIndex.Of(SymbolTableCache.Of(snapshot.Dockerfile)))
            {
                if (!WorkspaceSymbolIndex.Matches(entry.Name, parameters.Query)) continue;
                var kind = entry.Kind == DockerfileSymbolKind.Stage ? SymbolKinds.Class : SymbolKinds.Variable;
                result.Add(new SymbolInformation(entry.Name, kind, new Location(snapshot.Uri, snapshot.Range(entry.Span)), entry.Container));
            }
        }
        return Task.FromResult<IReadOnlyList<SymbolInformation>>(result);
    }
}
