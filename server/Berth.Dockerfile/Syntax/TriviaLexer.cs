using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// Splits text between meaningful tokens into trivia tokens (blanks, line breaks, continuations, comments), so
/// that every character of the document belongs to exactly one token.
/// </summary>
internal static class TriviaLexer
{
    public static void Lex(string text, int start, int end, char escape, List<SyntaxToken> into)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is '\r' or '\n')
            {
                var length = c == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : 1;
                into.Add(new SyntaxToken(SyntaxKind.NewLine, new TextSpan(i, length)));
                i += length;
                continue;
            }
            if (c is ' ' or '\t' or '\f' or '\v')
            {
                var j = i + 1;
                while (j < end && text[j] is ' ' or '\t' or '\f' or '\v') j++;
                into.Add(new SyntaxToken(SyntaxKind.Whitespace, TextSpan.FromBounds(i, j)));
                i = j;
                continue;
            }
            if (c == escape)
            {
                var j = i + 1;
                while (j < end && text[j] is ' ' or '\t') j++;
                if (j == end || text[j] is '\r' or '\n')
                {
                    if (j < end) j += text[j] == '\r' && j + 1 < end && text[j + 1] == '\n' ? 2 : 1;
                    into.Add(new SyntaxToken(SyntaxKind.LineContinuation, TextSpan.FromBounds(i, j)));
                    i = j;
                    continue;
                }
            }
            var kind = c == '#' ? SyntaxKind.Comment : SyntaxKind.Unknown;
            var k = i + 1;
            while (k < end && text[k] is not ('\r' or '\n') && (kind == SyntaxKind.Comment || text[k] is not (' ' or '\t'))) k++;
            into.Add(new SyntaxToken(kind, TextSpan.FromBounds(i, k)));
            i = k;
        }
    }
}
