using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>One token of the tree: a kind and its absolute span. Its text is read from the document text.</summary>
public readonly record struct SyntaxToken(SyntaxKind Kind, TextSpan Span)
{
    public bool IsTrivia => Kind is SyntaxKind.Whitespace or SyntaxKind.NewLine or SyntaxKind.LineContinuation
        or SyntaxKind.Comment or SyntaxKind.ByteOrderMark or SyntaxKind.Unknown;

    public string GetText(string text) => text.Substring(Span.Start, Span.Length);
}
