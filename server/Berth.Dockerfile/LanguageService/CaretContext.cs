using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService;

/// <summary>
/// Where a caret is, in the terms editing features need: the instruction it is in (null on a line of its own),
/// whether it sits in a here-document body or a comment, and the word around it (a word never crosses blanks).
/// </summary>
public sealed record CaretContext(
    int Offset,
    InstructionSyntax? Instruction,
    int InstructionIndex,
    SyntaxNode? Node,
    bool InHeredocBody,
    bool InComment,
    int WordStart,
    int WordEnd,
    string LinePrefix)
{
    /// <summary>The part of the word before the caret.</summary>
    public string WordPrefix(string text) => text[WordStart..Offset];

    public TextSpan WordSpan => TextSpan.FromBounds(WordStart, WordEnd);

    /// <summary>True when the caret is where an instruction keyword goes (start of a line or inside the keyword).</summary>
    public bool AtKeyword => Instruction is null ? !InComment : Offset <= Instruction.KeywordSpan.End && Offset >= Instruction.KeywordSpan.Start;

    public static CaretContext At(DockerfileDocument document, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        offset = Math.Clamp(offset, 0, text.Length);
        var syntax = document.Syntax;
        var line = document.Lines.LineOf(offset);
        var lineStart = document.Lines.LineStart(line);
        var prefix = text[lineStart..offset];
        var wordStart = offset;
        while (wordStart > lineStart && !IsBlank(text[wordStart - 1])) wordStart--;
        var wordEnd = offset;
        while (wordEnd < text.Length && !IsBlank(text[wordEnd]) && text[wordEnd] is not ('\r' or '\n')) wordEnd++;

        var node = syntax.FindNode(offset);
        // A caret at the very end of a node that ends with a line break is on the next (empty) line.
        // (Unless the instruction's last line ends in a continuation: then that empty line still belongs to it.)
        if (node is not null && offset == node.FullSpan.End && offset > node.FullSpan.Start && text[offset - 1] is '\n' or '\r'
            && !(node is InstructionSyntax open && ContinuesToEnd(document, open, line))) node = null;
        if (node is not null && offset > node.FullSpan.End) node = null;
        var instruction = node as InstructionSyntax;
        var inHeredoc = false;
        var inComment = prefix.TrimStart().StartsWith('#');
        if (instruction is not null)
        {
            foreach (var heredoc in instruction.Heredocs)
            {
                var end = heredoc.TerminatorSpan?.End ?? text.Length;
                if (offset >= heredoc.BodySpan.Start && offset <= end && offset > instruction.Span.End) inHeredoc = true;
            }
            foreach (var comment in instruction.Comments)
                if (comment.ContainsOrTouches(offset) && offset > comment.Start) inComment = true;
        }
        if (node is CommentSyntax or ParserDirectiveSyntax) inComment = true;
        var index = instruction is null ? -1 : IndexOf(syntax.Instructions, instruction);
        return new CaretContext(offset, instruction, index, node, inHeredoc, inComment, wordStart, wordEnd, prefix);
    }

    // True when the lines of `instruction` before `line` end in its escape (blank and comment lines skipped): the
    // instruction is still open on `line`, as Docker would read it.
    private static bool ContinuesToEnd(DockerfileDocument document, InstructionSyntax instruction, int line)
    {
        if (instruction.Heredocs.Count > 0) return false;
        var lines = document.Lines;
        var first = lines.LineOf(instruction.FullSpan.Start);
        for (var l = line - 1; l >= first; l--)
        {
            var start = lines.LineStart(l);
            var content = document.Text.AsSpan(start, lines.LineContentEnd(l) - start).Trim(" \t");
            if (content.Length == 0 || (l > first && content[0] == '#')) continue;
            return content[^1] == instruction.Escape;
        }
        return false;
    }

    private static int IndexOf(IReadOnlyList<InstructionSyntax> instructions, InstructionSyntax instruction)
    {
        var lo = 0;
        var hi = instructions.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var start = instructions[mid].FullSpan.Start;
            if (start == instruction.FullSpan.Start) return mid;
            if (start < instruction.FullSpan.Start) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\n' or '\f' or '\v';
}
