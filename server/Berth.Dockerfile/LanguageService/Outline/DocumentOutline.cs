using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Outline;

/// <summary>
/// The document outline: parser directives and the ARGs before the first FROM at the top level, then one entry
/// per build stage (named by its stage name, or its index and image) with its instructions as children.
/// </summary>
public static class DocumentOutline
{
    private const int MaxNameLength = 60;

    public static IReadOnlyList<OutlineNode> Build(DockerfileDocument document, SymbolTable symbols)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(symbols);
        var result = new List<OutlineNode>();
        foreach (var directive in document.Syntax.Directives)
        {
            var span = TextSpan.FromBounds(directive.NameSpan.Start, Math.Max(directive.ValueSpan.End, directive.NameSpan.End));
            result.Add(new OutlineNode($"# {directive.Name}", directive.Value, OutlineKind.Directive, span, directive.NameSpan, []));
        }
        var instructions = document.Syntax.Instructions;
        var firstStage = symbols.Stages.Count > 0 ? symbols.Stages[0].FirstInstruction : instructions.Count;
        for (var i = 0; i < firstStage; i++) result.Add(Instruction(instructions[i], document.Text));
        foreach (var stage in symbols.Stages)
        {
            var children = new List<OutlineNode>();
            for (var i = stage.FirstInstruction; i <= stage.LastInstruction; i++) children.Add(Instruction(instructions[i], document.Text));
            var last = instructions[stage.LastInstruction];
            var span = TextSpan.FromBounds(stage.From.Span.Start, ContentEnd(last, document.Text));
            var selection = stage.From.From?.StageName?.Span ?? stage.From.KeywordSpan;
            var name = stage.Name ?? $"stage {stage.Index}";
            result.Add(new OutlineNode(name, stage.From.From?.Image?.Text, OutlineKind.Stage, span, selection, children));
        }
        return result;
    }

    /// <summary>The end of an instruction without its final line break (heredoc bodies included).</summary>
    internal static int ContentEnd(InstructionSyntax instruction, string text)
    {
        var end = instruction.FullSpan.End;
        while (end > instruction.Span.End && text[end - 1] is '\n' or '\r') end--;
        return Math.Max(end, instruction.Span.End);
    }

    private static OutlineNode Instruction(InstructionSyntax instruction, string text)
    {
        var span = TextSpan.FromBounds(instruction.Span.Start, ContentEnd(instruction, text));
        var keyword = instruction.Keyword.ToUpperInvariant();
        if (instruction.Kind == InstructionKind.Arg)
        {
            var names = string.Join(", ", instruction.KeyValues.Select(k => k.Key));
            return new OutlineNode(Shorten(names.Length == 0 ? keyword : names), keyword, OutlineKind.Variable, span, instruction.KeywordSpan, []);
        }
        var rest = instruction.Line.Text.Length >= instruction.Keyword.Length ? instruction.Line.Text.AsSpan(instruction.Keyword.Length) : [];
        var name = CollapsedStart(keyword, rest);
        return new OutlineNode(name, null, instruction.Kind == InstructionKind.Env ? OutlineKind.Variable : OutlineKind.Instruction, span,
            instruction.KeywordSpan, []);
    }

    /// <summary>
    /// The keyword and the rest with blank runs collapsed to one space, shortened as <see cref="Shorten"/> would, built
    /// only as far as the name shows and on the stack: a RUN continued over a hundred lines was copied whole, twice, for
    /// a name of 60 characters, and a 50,000-line outline built ~17,000 names through a StringBuilder each.
    /// </summary>
    private static string CollapsedStart(string keyword, ReadOnlySpan<char> rest)
    {
        Span<char> name = stackalloc char[MaxNameLength + 1];
        var length = 0;
        var blank = false;
        Append(name, keyword, ref length, ref blank);
        blank = true;
        Append(name, rest, ref length, ref blank);
        return length <= MaxNameLength ? new string(name[..length]) : Cut(name[..length]);

        static void Append(Span<char> name, ReadOnlySpan<char> text, ref int length, ref bool blank)
        {
            foreach (var c in text)
            {
                if (length > MaxNameLength) return;
                if (c is ' ' or '\t' or '\r' or '\n')
                {
                    blank = true;
                    continue;
                }
                if (blank && length > 0)
                {
                    name[length++] = ' ';
                    if (length > MaxNameLength) return;
                }
                blank = false;
                name[length++] = c;
            }
        }
    }

    private static string Shorten(string text) => text.Length <= MaxNameLength ? text : Cut(text);

    // A name longer than MaxNameLength: its start and an ellipsis, MaxNameLength characters in all, or one fewer where
    // the cut would split a surrogate pair (half an emoji is not text, and the client would show a replacement mark).
    private static string Cut(ReadOnlySpan<char> text)
    {
        var keep = MaxNameLength - 1;
        if (char.IsHighSurrogate(text[keep - 1])) keep--;
        return string.Concat(text[..keep], "…");
    }
}
