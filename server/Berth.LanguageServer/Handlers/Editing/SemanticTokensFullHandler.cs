using System.Collections.Concurrent;
using System.Globalization;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspSemanticTokens = Berth.LanguageServer.Protocol.Editing.SemanticTokens;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/semanticTokens/full; advertises full (with delta) and range together.</summary>
public sealed class SemanticTokensFullHandler(ServerSession session, SemanticTokensResults results) : RequestHandler<DocumentParams, LspSemanticTokens>
{
    public override string Method => "textDocument/semanticTokens/full";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.Set("semanticTokensProvider", new JObject
        {
            ["legend"] = new JObject { ["tokenTypes"] = new JArray(SemanticTokenLegend.TokenTypes), ["tokenModifiers"] = new JArray(SemanticTokenLegend.TokenModifiers) },
            ["full"] = new JObject { ["delta"] = true },
            ["range"] = true,
        });

    public override Task<LspSemanticTokens> HandleAsync(DocumentParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult(new LspSemanticTokens(null, []));
        var data = SemanticTokensResults.Full(snapshot);
        return Task.FromResult(new LspSemanticTokens(results.Remember(snapshot.Uri, data), data));
    }
}
