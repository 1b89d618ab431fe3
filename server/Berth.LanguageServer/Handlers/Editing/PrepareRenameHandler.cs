using Berth.Dockerfile.LanguageService.Navigation;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspRange = Berth.LanguageServer.Protocol.Range;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/prepareRename: the name at the caret, or a message saying why it cannot be renamed.</summary>
public sealed class PrepareRenameHandler(ServerSession session) : RequestHandler<TextDocumentPositionParams, PrepareRenameResult?>
{
    public override string Method => "textDocument/prepareRename";

    public override Task<PrepareRenameResult?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<PrepareRenameResult?>(null);
        var (span, placeholder, error) = SymbolNavigation.PrepareRename(SymbolTableCache.Of(snapshot.Dockerfile), snapshot.Offset(parameters.Position));
        if (span is null) throw new StreamJsonRpc.LocalRpcException(error!) { ErrorCode = LspErrorCodes.RequestFailed };
        return Task.FromResult<PrepareRenameResult?>(new PrepareRenameResult(snapshot.Range(span.Value), placeholder!));
    }
}
