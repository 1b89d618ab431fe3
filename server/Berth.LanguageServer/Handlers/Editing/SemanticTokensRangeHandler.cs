using System.Collections.Concurrent;
using System.Globalization;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/semanticTokens/range: the tokens of the visible part only.</summary>
public sealed class SemanticTokensRangeHandler(ServerSession session) : RequestHandler<DocumentRangeParams, EncodedJson>
{
    public override string Method => "textDocument/semanticTokens/range";

    public override Task<EncodedJson> HandleAsync(DocumentRangeParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult(SemanticTokensJson.Tokens(null, []));
        var tokens = SemanticTokenizer.Tokenize(snapshot.Dockerfile, snapshot.Span(parameters.Range));
        return Task.FromResult(SemanticTokensJson.Tokens(null, SemanticTokenEncoding.Encode(tokens)));
    }
}
