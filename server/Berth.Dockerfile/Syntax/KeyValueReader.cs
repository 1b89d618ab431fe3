namespace Berth.Dockerfile.Syntax;

/// <summary>Reads ENV/LABEL/ARG arguments into pairs: <c>k=v k2="v 2"</c>, or the legacy <c>ENV k v w</c>.</summary>
internal static class KeyValueReader
{
    public static IReadOnlyList<KeyValueSyntax> Read(InstructionSyntax instruction)
    {
        var args = instruction.Arguments;
        var result = new List<KeyValueSyntax>(args.Count);
        if (args.Count == 0) return result;
        var line = instruction.Line;
        var escape = instruction.Escape;
        var legacy = instruction.Kind is InstructionKind.Env or InstructionKind.Label && !args[0].Text.Contains('=', StringComparison.Ordinal);
        if (legacy)
        {
            var key = args[0];
            if (args.Count == 1)
            {
                result.Add(new KeyValueSyntax(key.Span, key.Value, key.Span, null, null, null, true));
                return result;
            }
            var valueStart = args[1].LogicalStart;
            var valueEnd = instruction.ArgumentsEnd;
            var raw = line.Text[valueStart..valueEnd];
            result.Add(new KeyValueSyntax(line.SourceSpan(key.LogicalStart, valueEnd), key.Value, key.Span,
                WordSplitter.Unquote(line.Text, valueStart, valueEnd, escape), line.SourceSpan(valueStart, valueEnd), raw, true));
            return result;
        }
        foreach (var word in args)
        {
            var eq = line.Text.IndexOf('=', word.LogicalStart, word.LogicalEnd - word.LogicalStart);
            if (eq < 0)
            {
                result.Add(new KeyValueSyntax(word.Span, word.Value, word.Span, null, null, null, false));
                continue;
            }
            var keyText = WordSplitter.Unquote(line.Text, word.LogicalStart, eq, escape);
            result.Add(new KeyValueSyntax(word.Span, keyText, line.SourceSpan(word.LogicalStart, eq),
                WordSplitter.Unquote(line.Text, eq + 1, word.LogicalEnd, escape), line.SourceSpan(eq + 1, word.LogicalEnd),
                line.Text[(eq + 1)..word.LogicalEnd], false));
        }
        return result;
    }
}
