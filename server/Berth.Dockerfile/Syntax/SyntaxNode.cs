using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// A top-level node of a Dockerfile. The nodes of a tree tile the text: each starts where the previous one
/// ended, and each node's tokens tile its own <see cref="FullSpan"/>, line break included.
/// </summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode(TextSpan fullSpan, IReadOnlyList<SyntaxToken> tokens)
    {
        FullSpan = fullSpan;
        // Exact arrays: the parser builds tokens in lists, whose spare capacity would live as long as the tree.
        Tokens = tokens is List<SyntaxToken> list ? list.ToArray() : tokens;
    }

    /// <summary>Everything the node owns, including its trailing line break (and heredoc bodies).</summary>
    public TextSpan FullSpan { get; }

    public IReadOnlyList<SyntaxToken> Tokens { get; }

    /// <summary>The token whose span contains <paramref name="offset"/> (or ends at it, for a caret after a word).</summary>
    public SyntaxToken? FindToken(int offset)
    {
        SyntaxToken? touching = null;
        foreach (var token in Tokens)
        {
            if (token.Span.Contains(offset)) return token;
            if (token.Span.End == offset && !token.IsTrivia) touching = token;
        }
        return touching;
    }
}

/// <summary>A UTF-8 byte order mark at the very start of the file.</summary>
public sealed class ByteOrderMarkSyntax(TextSpan span) : SyntaxNode(span, [new SyntaxToken(SyntaxKind.ByteOrderMark, span)]);

/// <summary>A line holding only blanks (or nothing) and its line break.</summary>
public sealed class BlankLineSyntax(TextSpan fullSpan, IReadOnlyList<SyntaxToken> tokens) : SyntaxNode(fullSpan, tokens);

/// <summary>A comment line (<c># ...</c>) outside any instruction.</summary>
public sealed class CommentSyntax(TextSpan fullSpan, IReadOnlyList<SyntaxToken> tokens, TextSpan span, string text)
    : SyntaxNode(fullSpan, tokens)
{
    /// <summary>The comment itself, from '#' to the end of the line (line break excluded).</summary>
    public TextSpan Span { get; } = span;

    public string Text { get; } = text;
}

/// <summary>A parser directive at the top of the file, such as <c># escape=`</c> or <c># syntax=docker/dockerfile:1</c>.</summary>
public sealed class ParserDirectiveSyntax(
    TextSpan fullSpan, IReadOnlyList<SyntaxToken> tokens, string name, TextSpan nameSpan, string value, TextSpan valueSpan)
    : SyntaxNode(fullSpan, tokens)
{
    /// <summary>The name as written (directive names are case-insensitive).</summary>
    public string Name { get; } = name;

    public TextSpan NameSpan { get; } = nameSpan;

    public string Value { get; } = value;

    public TextSpan ValueSpan { get; } = valueSpan;
}
