using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// Reads an instruction's logical text: keyword, flags (BuildKit extracts leading <c>--name[=value]</c> words
/// for every instruction), argument words, the exec form when the arguments are a JSON string array, and the
/// variable references. ONBUILD's trigger is read the same way from the text after ONBUILD.
/// </summary>
internal static class InstructionParser
{
    public static void Read(InstructionParts parts, int start)
    {
        var line = parts.Line;
        var text = line.Text;
        var end = text.Length;
        while (end > start && WordSplitter.IsBlank(text[end - 1])) end--;
        var i = WordSplitter.SkipBlanks(text, start, end);
        var keywordEnd = i;
        while (keywordEnd < end && !WordSplitter.IsBlank(text[keywordEnd])) keywordEnd++;
        parts.Keyword = InstructionKinds.KeywordText(text.AsSpan(i, keywordEnd - i));
        parts.KeywordSpan = line.SourceSpan(i, keywordEnd);
        parts.Span = line.SourceSpan(i, end);
        var kind = InstructionKinds.FromKeyword(parts.Keyword);
        i = WordSplitter.SkipBlanks(text, keywordEnd, end);

        if (kind == InstructionKind.Onbuild)
        {
            parts.ArgumentsStart = i;
            parts.ArgumentsEnd = Math.Max(i, end);
            ReadWords(parts, i, end);
            if (i < end)
            {
                var trigger = new InstructionParts { Line = line, Escape = parts.Escape };
                Read(trigger, i);
                var node = new InstructionSyntax(trigger.Span, [], trigger);
                parts.Trigger = node;
                parts.Variables.AddRange(trigger.Variables);
            }
            return;
        }

        while (i + 1 < end && text[i] == '-' && text[i + 1] == '-')
        {
            var wordEnd = WordSplitter.WordEnd(text, i, end, parts.Escape);
            parts.Flags.Add(ReadFlag(line, i, wordEnd, parts.Escape));
            i = WordSplitter.SkipBlanks(text, wordEnd, end);
        }
        parts.ArgumentsStart = i;
        parts.ArgumentsEnd = Math.Max(i, end);
        ReadWords(parts, i, end);

        if (kind is InstructionKind.Run or InstructionKind.Cmd or InstructionKind.Entrypoint) parts.CommandStart = i;
        if (kind == InstructionKind.Healthcheck && parts.Arguments.Count > 0
            && string.Equals(parts.Arguments[0].Text, "CMD", StringComparison.OrdinalIgnoreCase))
        {
            parts.CommandStart = WordSplitter.SkipBlanks(text, parts.Arguments[0].LogicalEnd, end);
        }
        var jsonStart = kind == InstructionKind.Healthcheck ? parts.CommandStart : i;
        if ((kind.AllowsJsonForm() || kind == InstructionKind.Healthcheck) && jsonStart >= 0 && jsonStart < end && text[jsonStart] == '[')
        {
            var elements = JsonArrayParser.TryParse(text, jsonStart, end);
            if (elements is not null)
            {
                parts.ExecForm = new ExecFormSyntax(line.SourceSpan(jsonStart, end),
                    elements.ConvertAll(e => new JsonStringSyntax(line.SourceSpan(e.Start, e.End), e.Value)));
            }
        }
        VariableScanner.Scan(line, keywordEnd, end, parts.Escape, parts.Variables);
    }

    private static void ReadWords(InstructionParts parts, int i, int end)
    {
        var text = parts.Line.Text;
        while (i < end)
        {
            var wordEnd = WordSplitter.WordEnd(text, i, end, parts.Escape);
            var raw = text[i..wordEnd];
            // Most words have nothing to unquote: their value is the same string, not a second copy.
            var value = raw.AsSpan().IndexOfAny('"', '\'', parts.Escape) < 0 ? raw : WordSplitter.Unquote(text, i, wordEnd, parts.Escape);
            parts.Arguments.Add(new ArgumentSyntax(parts.Line.SourceSpan(i, wordEnd), raw, value, i, wordEnd));
            i = WordSplitter.SkipBlanks(text, wordEnd, end);
        }
    }

    private static FlagSyntax ReadFlag(LogicalLine line, int start, int end, char escape)
    {
        var text = line.Text;
        var eq = text.IndexOf('=', start, end - start);
        var nameEnd = eq < 0 ? end : eq;
        var name = text[(start + 2)..nameEnd];
        var nameSpan = line.SourceSpan(start + 2, nameEnd);
        if (eq < 0) return new FlagSyntax(line.SourceSpan(start, end), name, nameSpan, null, null);
        TextSpan valueSpan = eq + 1 < end ? line.SourceSpan(eq + 1, end) : new TextSpan(line.SourceOffset(eq) + 1, 0);
        return new FlagSyntax(line.SourceSpan(start, end), name, nameSpan, WordSplitter.Unquote(text, eq + 1, end, escape), valueSpan);
    }
}
