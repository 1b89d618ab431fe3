using Berth.Dockerfile.LanguageService.Navigation;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspRange = Berth.LanguageServer.Protocol.Range;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/rename: edits every occurrence of the symbol (one scope), or refuses with a reason.</summary>
public sealed class RenameHandler(ServerSession session) : RequestHandler<RenameParams, WorkspaceEdit?>
{
    public override string Method => "textDocument/rename";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.Set("renameProvider", new JObject { ["prepareProvider"] = true });

    public override Task<WorkspaceEdit?> HandleAsync(RenameParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<WorkspaceEdit?>(null);
        var result = SymbolNavigation.Rename(SymbolTableCache.Of(snapshot.Dockerfile), snapshot.Offset(parameters.Position), parameters.NewName);
        if (result.Error is { } error) throw new StreamJsonRpc.LocalRpcException(error) { ErrorCode = LspErrorCodes.RequestFailed };
        var edits = result.Edits.Select(e => new LspTextEdit(snapshot.Range(e.Span), e.NewText)).ToList();
        return Task.FromResult<WorkspaceEdit?>(new WorkspaceEdit(new Dictionary<string, IReadOnlyList<LspTextEdit>> { [snapshot.Uri] = edits }));
    }
}
