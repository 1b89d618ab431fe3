namespace Berth.LanguageServer.Protocol.Editing;

public sealed record SemanticTokensDeltaParams(TextDocumentIdentifier TextDocument, string PreviousResultId);

public sealed record SemanticTokens(string? ResultId, IReadOnlyList<int> Data);

public sealed record SemanticTokensEdit(int Start, int DeleteCount, IReadOnlyList<int>? Data);

/// <summary>The answer to full/delta: either edits against the previous result or, when that is unknown, full data.</summary>
public sealed record SemanticTokensDelta(string ResultId)
{
    public IReadOnlyList<SemanticTokensEdit>? Edits { get; init; }
    public IReadOnlyList<int>? Data { get; init; }
}
