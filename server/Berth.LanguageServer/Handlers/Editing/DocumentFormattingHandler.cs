using Berth.Dockerfile.LanguageService.Formatting;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using CoreFormattingOptions = Berth.Dockerfile.LanguageService.Formatting.FormattingOptions;
using LspFormattingOptions = Berth.LanguageServer.Protocol.Editing.FormattingOptions;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/formatting.</summary>
public sealed class DocumentFormattingHandler(ServerSession session) : RequestHandler<DocumentFormattingParams, IReadOnlyList<LspTextEdit>>
{
    public override string Method => "textDocument/formatting";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("documentFormattingProvider", true);

    public override Task<IReadOnlyList<LspTextEdit>> HandleAsync(DocumentFormattingParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<IReadOnlyList<LspTextEdit>>([]);
        var edits = DockerfileFormatter.Format(snapshot.Dockerfile, FormattingTranslation.Options(parameters.Options));
        return Task.FromResult(FormattingTranslation.Edits(snapshot, edits));
    }
}
