using System.Collections.Concurrent;
using System.Globalization;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;
using LspSemanticTokens = Berth.LanguageServer.Protocol.Editing.SemanticTokens;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>textDocument/semanticTokens/full/delta: one edit against the previous result.</summary>
public sealed class SemanticTokensDeltaHandler(ServerSession session, SemanticTokensResults results) : RequestHandler<SemanticTokensDeltaParams, SemanticTokensDelta>
{
    public override string Method => "textDocument/semanticTokens/full/delta";

    public override Task<SemanticTokensDelta> HandleAsync(SemanticTokensDeltaParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = session.Dockerfile(parameters.TextDocument.Uri);
        if (snapshot is null) return Task.FromResult(new SemanticTokensDelta("0") { Data = [] });
        var data = SemanticTokensResults.Full(snapshot);
        var previous = results.Previous(snapshot.Uri, parameters.PreviousResultId);
        var id = results.Remember(snapshot.Uri, data);
        if (previous is null) return Task.FromResult(new SemanticTokensDelta(id) { Data = data });
        var delta = SemanticTokenEncoding.Delta(previous, data);
        IReadOnlyList<SemanticTokensEdit> edits = delta is { } d ? [new SemanticTokensEdit(d.Start, d.DeleteCount, d.Data)] : [];
        return Task.FromResult(new SemanticTokensDelta(id) { Edits = edits });
    }
}
