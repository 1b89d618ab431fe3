using Berth.Dockerfile.LanguageService.Formatting;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/onTypeFormatting: after Enter, formats the instruction just finished.</summary>
public sealed class OnTypeFormattingHandler(ServerSession session) : RequestHandler<DocumentOnTypeFormattingParams, EncodedJson>
{
    public override string Method => "textDocument/onTypeFormatting";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.Set("documentOnTypeFormattingProvider", new JObject { ["firstTriggerCharacter"] = "\n" });

    public override async Task<EncodedJson> HandleAsync(DocumentOnTypeFormattingParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null || parameters.Ch != "\n") return EncodedJson.EmptyArray();
        var options = await FormattingTranslation.OptionsAsync(session, parameters.Options, cancellationToken).ConfigureAwait(false);
        if (options is null) return EncodedJson.EmptyArray();
        var edits = DockerfileFormatter.FormatOnType(snapshot.Dockerfile, snapshot.Offset(parameters.Position), options);
        return FormattingTranslation.Edits(snapshot, edits);
    }
}
