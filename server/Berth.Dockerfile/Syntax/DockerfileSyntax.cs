using System.Text;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// The lossless syntax tree of a Dockerfile: top-level nodes that tile the text (so printing them gives the input
/// back exactly), the parser directives and instructions among them, the escape character in force and the
/// errors met while reading (the parser never throws).
/// </summary>
public sealed class DockerfileSyntax
{
    private readonly int[] _nodeStarts;

    internal DockerfileSyntax(string text, IReadOnlyList<SyntaxNode> nodes, char escape, IReadOnlyList<Diagnostic> diagnostics)
    {
        Text = text;
        Nodes = nodes;
        Escape = escape;
        Diagnostics = diagnostics;
        Instructions = nodes.OfType<InstructionSyntax>().ToArray();
        Directives = nodes.OfType<ParserDirectiveSyntax>().ToArray();
        _nodeStarts = nodes.Select(n => n.FullSpan.Start).ToArray();
    }

    public string Text { get; }

    public IReadOnlyList<SyntaxNode> Nodes { get; }

    public IReadOnlyList<InstructionSyntax> Instructions { get; }

    public IReadOnlyList<ParserDirectiveSyntax> Directives { get; }

    /// <summary>The escape character: '\' unless an <c># escape=`</c> directive says otherwise.</summary>
    public char Escape { get; }

    /// <summary>Problems found while reading the text (unterminated heredocs, bad directives, ...).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static DockerfileSyntax Parse(string text) => DockerfileParser.Parse(text);

    /// <summary>The node that owns <paramref name="offset"/> (the last node for the end of the text).</summary>
    public SyntaxNode? FindNode(int offset)
    {
        if (Nodes.Count == 0) return null;
        var index = Array.BinarySearch(_nodeStarts, offset);
        if (index < 0) index = ~index - 1;
        return Nodes[Math.Clamp(index, 0, Nodes.Count - 1)];
    }

    /// <summary>The instruction whose text (heredoc bodies included) holds <paramref name="offset"/>, if any.</summary>
    public InstructionSyntax? FindInstruction(int offset) => FindNode(offset) as InstructionSyntax;

    /// <summary>The token at <paramref name="offset"/> (see <see cref="SyntaxNode.FindToken"/>).</summary>
    public SyntaxToken? FindToken(int offset)
    {
        var node = FindNode(offset);
        var token = node?.FindToken(offset);
        if (token is null && node is not null && offset == node.FullSpan.Start && offset > 0)
            token = FindNode(offset - 1)?.FindToken(offset);
        return token;
    }

    /// <summary>Prints the tree from its tokens; always equal to <see cref="Text"/>.</summary>
    public string ToFullString()
    {
        var sb = new StringBuilder(Text.Length);
        foreach (var node in Nodes)
            foreach (var token in node.Tokens)
                sb.Append(Text, token.Span.Start, token.Span.Length);
        return sb.ToString();
    }
}
