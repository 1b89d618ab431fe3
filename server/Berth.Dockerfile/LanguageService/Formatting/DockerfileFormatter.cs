using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Formatting;

/// <summary>
/// The formatter: upper-case instruction keywords (and FROM's AS) unless told not to, one space after a keyword,
/// the line-continuation escapes of an instruction aligned one column after its widest line (or one space before
/// each), continuation lines indented by one unit, no blanks before a keyword or at the end of a line.
/// Here-document bodies, comments (and an escape ending a comment line, which is part of the comment) and parser
/// directives are never touched; an escape whose preceding blanks are content (inside quotes) stays where it is.
/// It only ever changes a run of blanks that separates two words (outside quotes, not escaped) into another
/// non-empty run, or removes blanks at line ends, so the instructions Docker reads stay the same; and it is
/// idempotent (formatting formatted text changes nothing).
/// </summary>
public static class DockerfileFormatter
{
    /// <summary>Edits for the whole document, or for the instructions overlapping <paramref name="range"/>.</summary>
    public static IReadOnlyList<TextEdit> Format(DockerfileDocument document, FormattingOptions? options = null, TextSpan? range = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= FormattingOptions.Default;
        var edits = new List<TextEdit>();
        var text = document.Text;
        var scratch = new Scratch();
        foreach (var node in document.Syntax.Nodes)
        {
            if (range is { } r && !(node.FullSpan.OverlapsWith(r) || (r.Length == 0 && node.FullSpan.ContainsOrTouches(r.Start)))) continue;
            if (node is InstructionSyntax instruction) new InstructionFormatter(document, instruction, options, edits, scratch).Run();
            else if (node is BlankLineSyntax blank) TrimBlankLine(text, blank, edits);
        }
        return Normalise(edits);
    }

    /// <summary>On-type formatting after Enter: formats the instruction on the line above the caret.</summary>
    public static IReadOnlyList<TextEdit> FormatOnType(DockerfileDocument document, int offset, FormattingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var line = document.Lines.LineOf(offset);
        if (line == 0) return [];
        var previous = document.Lines.LineStart(line - 1);
        var end = document.Lines.LineContentEnd(line - 1);
        var edits = Format(document, options, TextSpan.FromBounds(previous, end));
        // Never touch the line being typed on: the caret sits there.
        return edits.Where(e => e.Span.End <= document.Lines.LineStart(line) || e.Span.Start > document.Lines.LineContentEnd(line)).ToList();
    }

    /// <summary>Applies edits (non-overlapping, any order) to the text.</summary>
    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(edits);
        var sorted = edits.OrderBy(e => e.Span.Start).ToList();
        var sb = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var edit in sorted)
        {
            sb.Append(text, at, edit.Span.Start - at);
            sb.Append(edit.NewText);
            at = edit.Span.End;
        }
        sb.Append(text, at, text.Length - at);
        return sb.ToString();
    }

    public static string FormatText(string text, FormattingOptions? options = null)
    {
        var document = DockerfileDocument.Parse(text);
        return Apply(text, Format(document, options));
    }

    private static void TrimBlankLine(string text, BlankLineSyntax blank, List<TextEdit> edits)
    {
        var end = blank.FullSpan.Start;
        while (end < blank.FullSpan.End && text[end] is not ('\r' or '\n')) end++;
        if (end > blank.FullSpan.Start) edits.Add(new TextEdit(TextSpan.FromBounds(blank.FullSpan.Start, end), ""));
    }

    // Drops no-op edits and any edit overlapping an earlier one, so the result is always applicable.
    private static List<TextEdit> Normalise(List<TextEdit> edits)
    {
        edits.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var result = new List<TextEdit>(edits.Count);
        var at = -1;
        foreach (var edit in edits)
        {
            if (edit.Span.Start < at) continue;
            result.Add(edit);
            at = edit.Span.End;
        }
        return result;
    }

    /// <summary>
    /// Lists every instruction's formatting needs, made once per call and cleared for each instruction.
    /// Why: a 50,000-line file is ~17,000 instructions, and lists of their own were most of the 24 MB that formatting it
    /// allocated; at that heap size the collections they set off made formatting grow faster than the file.
    /// </summary>
    private sealed class Scratch
    {
        public readonly List<int> LogicalLines = [];
        public readonly List<MovableEscape> Escapes = [];
        public readonly List<int> Widths = [];
        public readonly List<TextEdit> Pieces = [];
        public bool[] Protected = [];
    }

    // An escape whose blank run before it the formatter may set: `BlanksStart..EscapeAt` on the line starting at `LineStart`.
    private readonly record struct MovableEscape(int LineStart, int BlanksStart, int EscapeAt);

    private sealed class InstructionFormatter(DockerfileDocument document, InstructionSyntax instruction, FormattingOptions options, List<TextEdit> edits, Scratch scratch)
    {
        private readonly string _text = document.Text;
        private readonly char _escape = instruction.Escape;
        private bool _protectedComputed;

        public void Run()
        {
            var lines = document.Lines;
            var first = lines.LineOf(instruction.Span.Start);
            var last = lines.LineOf(instruction.Span.End);
            var lineStart = lines.LineStart(first);
            var firstEdit = edits.Count;
            if (instruction.KeywordSpan.Start > lineStart && IsBlankRun(lineStart, instruction.KeywordSpan.Start))
                Edit(lineStart, instruction.KeywordSpan.Start, "");
            Keyword(instruction);
            if (instruction.Trigger is { } trigger) Keyword(trigger);
            if (options.UppercaseKeywords && instruction.From?.AsKeyword is { } asKeyword && asKeyword.Span.Length == 2
                && _text.Substring(asKeyword.Span.Start, 2) != "AS")
                Edit(asKeyword.Span.Start, asKeyword.Span.End, "AS");

            var logicalLines = scratch.LogicalLines;
            logicalLines.Clear();
            for (var line = first; line <= last; line++)
            {
                if (line == first) { logicalLines.Add(line); continue; }
                var start = lines.LineStart(line);
                var contentEnd = lines.LineContentEnd(line);
                var f = SkipBlanks(start, contentEnd);
                if (f == contentEnd || instruction.Line.LogicalIndexOf(f) < 0) continue;
                logicalLines.Add(line);
            }
            var escapes = scratch.Escapes;
            escapes.Clear();
            for (var i = 0; i < logicalLines.Count; i++)
            {
                var line = logicalLines[i];
                var contentEnd = lines.LineContentEnd(line);
                var isLast = i == logicalLines.Count - 1;
                var k = contentEnd;
                while (k > lines.LineStart(line) && _text[k - 1] is ' ' or '\t') k--;
                var continues = !isLast && k > lines.LineStart(line) && _text[k - 1] == _escape;
                if (continues)
                {
                    if (k < contentEnd) Edit(k, contentEnd, "");
                    if (Join(k - 1, logicalLines[i + 1]) is { } escape) escapes.Add(escape with { LineStart = lines.LineStart(line) });
                }
                else if (isLast && k < contentEnd && !InQuoteAtEnd()) Edit(k, contentEnd, "");
            }
            PlaceEscapes(escapes, firstEdit);
        }

        // One space before each escape, or, when aligning, as many as put every escape one column after the widest line.
        private void PlaceEscapes(List<MovableEscape> escapes, int firstEdit)
        {
            if (escapes.Count == 0) return;
            var widths = scratch.Widths;
            widths.Clear();
            foreach (var escape in escapes) widths.Add(FormattedWidth(escape.LineStart, escape.BlanksStart, firstEdit));
            var column = widths.Max() + 1;
            for (var i = 0; i < escapes.Count; i++)
            {
                var escape = escapes[i];
                var blanks = options.AlignEscapes ? column - widths[i] : 1;
                if (escape.EscapeAt - escape.BlanksStart == blanks && IsSpaceRun(escape.BlanksStart, escape.EscapeAt)) continue;
                Edit(escape.BlanksStart, escape.EscapeAt, Blanks.Spaces(blanks));
            }
        }

        // The display width of start..end as it reads after this instruction's edits so far (all of which lie within one
        // line or before it), counted piece by piece rather than built as a string.
        private int FormattedWidth(int start, int end, int firstEdit)
        {
            var pieces = scratch.Pieces;
            pieces.Clear();
            for (var i = firstEdit; i < edits.Count; i++)
                if (edits[i].Span.Start >= start && edits[i].Span.End <= end) pieces.Add(edits[i]);
            if (pieces.Count > 1) pieces.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
            var column = 0;
            var at = start;
            foreach (var edit in pieces)
            {
                if (edit.Span.Start < at) continue;
                column = DisplayColumns.Advance(column, _text.AsSpan(at, edit.Span.Start - at), options.TabSize);
                column = DisplayColumns.Advance(column, edit.NewText, options.TabSize);
                at = edit.Span.End;
            }
            return DisplayColumns.Advance(column, _text.AsSpan(at, end - at), options.TabSize);
        }

        private void Keyword(InstructionSyntax target)
        {
            var span = target.KeywordSpan;
            if (options.UppercaseKeywords && target.Kind != InstructionKind.Unknown && span.Length == target.Keyword.Length)
            {
                var upper = target.Keyword.ToUpperInvariant();
                if (upper != target.Keyword) Edit(span.Start, span.End, upper);
            }
            // One space between the keyword and what follows on the same line (a continuation is the join's business).
            var lineEnd = document.Lines.LineContentEnd(document.Lines.LineOf(span.End));
            var next = SkipBlanks(span.End, lineEnd);
            if (next == span.End || next >= lineEnd) return;
            if (_text[next] == _escape && SkipBlanks(next + 1, lineEnd) == lineEnd) return;
            if (next - span.End != 1 || _text[span.End] != ' ') Edit(span.End, next, " ");
        }

        // The escape at `escapeAt` joins its line to the logical line `nextLine`: indents that line, and returns the
        // escape when the blanks before it separate two words (so their width is free), null when they are content.
        private MovableEscape? Join(int escapeAt, int nextLine)
        {
            var wsStart = escapeAt;
            while (wsStart > 0 && _text[wsStart - 1] is ' ' or '\t') wsStart--;
            var lineStart = document.Lines.LineStart(nextLine);
            var contentStart = SkipBlanks(lineStart, document.Lines.LineContentEnd(nextLine));
            var logical = instruction.Line.LogicalIndexOf(contentStart);
            if (logical < 0) return null;
            if (wsStart == escapeAt && contentStart == lineStart) return null; // "a\" + "b" is the word "ab": leave it.
            var before = wsStart > 0 ? _text[wsStart - 1] : '\0';
            if (before == '\\' || before == _escape) return null;
            if (Protected(logical)) return null;
            var indent = options.Indent;
            if (_text.AsSpan(lineStart, contentStart - lineStart).SequenceEqual(indent) is false) Edit(lineStart, contentStart, indent);
            return new MovableEscape(0, wsStart, escapeAt);
        }

        private bool InQuoteAtEnd() => Protected(instruction.Line.Length);

        // True when the logical character at `index` is inside quotes or ${...}: blanks there are content.
        private bool Protected(int index)
        {
            var text = instruction.Line.Text;
            if (!_protectedComputed)
            {
                if (scratch.Protected.Length < text.Length + 1) scratch.Protected = new bool[Math.Max(text.Length + 1, scratch.Protected.Length * 2)];
                ComputeProtected(text, _escape, scratch.Protected.AsSpan(0, text.Length + 1));
                _protectedComputed = true;
            }
            return scratch.Protected[Math.Clamp(index, 0, text.Length)];
        }

        // Fills `result` (one more than the text's length) with whether each character is protected.
        private static void ComputeProtected(string text, char escape, Span<bool> result)
        {
            result.Clear();
            var quote = '\0';
            var depth = 0;
            for (var i = 0; i < text.Length; i++)
            {
                result[i] = quote != '\0' || depth > 0;
                var c = text[i];
                if (quote == '\'')
                {
                    if (c == '\'') quote = '\0';
                    continue;
                }
                if ((c == '\\' || c == escape) && i + 1 < text.Length)
                {
                    result[i + 1] = true;
                    i++;
                    continue;
                }
                if (c == '$' && i + 1 < text.Length && text[i + 1] == '{') { depth++; continue; }
                if (c == '}' && depth > 0) { depth--; continue; }
                if (quote == '"')
                {
                    if (c == '"') quote = '\0';
                    continue;
                }
                if (c is '"' or '\'') quote = c;
            }
            result[text.Length] = quote != '\0' || depth > 0;
        }

        private int SkipBlanks(int i, int end)
        {
            while (i < end && _text[i] is ' ' or '\t') i++;
            return i;
        }

        private bool IsSpaceRun(int start, int end)
        {
            for (var i = start; i < end; i++) if (_text[i] != ' ') return false;
            return true;
        }

        private bool IsBlankRun(int start, int end)
        {
            for (var i = start; i < end; i++) if (_text[i] is not (' ' or '\t')) return false;
            return true;
        }

        private void Edit(int start, int end, string newText) => edits.Add(new TextEdit(TextSpan.FromBounds(start, end), newText));
    }
}
