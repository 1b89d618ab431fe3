using System.Collections.Concurrent;
using System.Globalization;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/semanticTokens/full/delta: one edit against the previous result.</summary>
public sealed class SemanticTokensDeltaHandler(ServerSession session, SemanticTokensResults results) : RequestHandler<SemanticTokensDeltaParams, EncodedJson>
{
    public override string Method => "textDocument/semanticTokens/full/delta";

    public override Task<EncodedJson> HandleAsync(SemanticTokensDeltaParams parameters, CancellationToken cancellationToken) =>
        Task.FromResult(SemanticTokensJson.Delta(Answer(parameters)));

    private SemanticTokensDelta Answer(SemanticTokensDeltaParams parameters)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return new SemanticTokensDelta("0") { Data = [] };
        var data = SemanticTokensResults.Full(snapshot);
        var previous = results.Previous(snapshot.Uri, parameters.PreviousResultId);
        var id = results.Remember(snapshot.Uri, data);
        if (previous is null) return new SemanticTokensDelta(id) { Data = data };
        var delta = SemanticTokenEncoding.Delta(previous, data);
        IReadOnlyList<SemanticTokensEdit> edits = delta is { } d ? [new SemanticTokensEdit(d.Start, d.DeleteCount, d.Data)] : [];
        return new SemanticTokensDelta(id) { Edits = edits };
    }
}
