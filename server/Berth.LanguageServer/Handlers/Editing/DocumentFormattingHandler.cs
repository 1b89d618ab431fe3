using Berth.Dockerfile.LanguageService.Formatting;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/formatting.</summary>
public sealed class DocumentFormattingHandler(ServerSession session) : RequestHandler<DocumentFormattingParams, EncodedJson>
{
    public override string Method => "textDocument/formatting";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("documentFormattingProvider", true);

    public override async Task<EncodedJson> HandleAsync(DocumentFormattingParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return EncodedJson.EmptyArray();
        var options = await FormattingTranslation.OptionsAsync(session, parameters.Options, cancellationToken).ConfigureAwait(false);
        if (options is null) return EncodedJson.EmptyArray();
        var edits = DockerfileFormatter.Format(snapshot.Dockerfile, options);
        return FormattingTranslation.Edits(snapshot, edits);
    }
}
