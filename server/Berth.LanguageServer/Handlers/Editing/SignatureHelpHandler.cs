using Berth.Dockerfile.LanguageService.Folding;
using Berth.Dockerfile.LanguageService.InlayHints;
using Berth.Dockerfile.LanguageService.Links;
using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.LanguageService.Selection;
using Berth.Dockerfile.LanguageService.Signatures;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspDocumentLink = Berth.LanguageServer.Protocol.Editing.DocumentLink;
using LspInlayHint = Berth.LanguageServer.Protocol.Editing.InlayHint;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/signatureHelp: the argument shapes of the instruction being typed.</summary>
public sealed class SignatureHelpHandler(ServerSession session) : RequestHandler<TextDocumentPositionParams, SignatureHelp?>
{
    public override string Method => "textDocument/signatureHelp";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.Set("signatureHelpProvider", new JObject { ["triggerCharacters"] = new JArray(" "), ["retriggerCharacters"] = new JArray("=", ",") });

    public override Task<SignatureHelp?> HandleAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult<SignatureHelp?>(null);
        var help = SignatureHelpProvider.Help(snapshot.Dockerfile, snapshot.Offset(parameters.Position));
        if (help is null) return Task.FromResult<SignatureHelp?>(null);
        var signatures = help.Signatures.Select(s => new SignatureInformation(s.Label, MarkupContent.Markdown(s.Documentation),
            s.Parameters.Select(p => new ParameterInformation(p)).ToList())).ToList();
        return Task.FromResult<SignatureHelp?>(new SignatureHelp(signatures, help.ActiveSignature, help.ActiveParameter));
    }
}
