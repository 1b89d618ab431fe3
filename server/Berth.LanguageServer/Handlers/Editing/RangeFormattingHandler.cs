using Berth.Dockerfile.LanguageService.Formatting;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/rangeFormatting: the instructions overlapping the range.</summary>
public sealed class RangeFormattingHandler(ServerSession session) : RequestHandler<DocumentRangeFormattingParams, EncodedJson>
{
    public override string Method => "textDocument/rangeFormatting";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("documentRangeFormattingProvider", true);

    public override async Task<EncodedJson> HandleAsync(DocumentRangeFormattingParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return EncodedJson.EmptyArray();
        var options = await FormattingTranslation.OptionsAsync(session, parameters.Options, cancellationToken).ConfigureAwait(false);
        if (options is null) return EncodedJson.EmptyArray();
        var edits = DockerfileFormatter.Format(snapshot.Dockerfile, options, snapshot.Span(parameters.Range));
        return FormattingTranslation.Edits(snapshot, edits);
    }
}
