using System.Collections.Concurrent;
using System.Globalization;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/semanticTokens/full, written straight to JSON (<see cref="SemanticTokensJson"/>); advertises full (with delta) and range together.</summary>
public sealed class SemanticTokensFullHandler(ServerSession session, SemanticTokensResults results) : RequestHandler<DocumentParams, EncodedJson>
{
    public override string Method => "textDocument/semanticTokens/full";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) =>
        capabilities.Set("semanticTokensProvider", new JObject
        {
            ["legend"] = new JObject { ["tokenTypes"] = new JArray(SemanticTokenLegend.TokenTypes), ["tokenModifiers"] = new JArray(SemanticTokenLegend.TokenModifiers) },
            ["full"] = new JObject { ["delta"] = true },
            ["range"] = true,
        });

    public override Task<EncodedJson> HandleAsync(DocumentParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult(SemanticTokensJson.Tokens(null, []));
        var data = SemanticTokensResults.Full(snapshot);
        return Task.FromResult(SemanticTokensJson.Tokens(results.Remember(snapshot.Uri, data), data));
    }
}
