using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// One instruction with everything it owns: its physical lines (joined into <see cref="Line"/>), embedded
/// comments, here-document bodies and trailing line break. The typed accessors answer the questions language
/// features ask: which flags with which spans, which words, exec or shell form, which variables are used.
/// </summary>
public sealed class InstructionSyntax : SyntaxNode
{
    internal InstructionSyntax(TextSpan fullSpan, IReadOnlyList<SyntaxToken> tokens, InstructionParts parts)
        : base(fullSpan, tokens)
    {
        Line = parts.Line;
        Keyword = parts.Keyword;
        KeywordSpan = parts.KeywordSpan;
        Kind = InstructionKinds.FromKeyword(parts.Keyword);
        Span = parts.Span;
        Flags = Compact(parts.Flags);
        ArgumentsStart = parts.ArgumentsStart;
        ArgumentsEnd = parts.ArgumentsEnd;
        Arguments = Compact(parts.Arguments);
        ExecForm = parts.ExecForm;
        CommandStart = parts.CommandStart;
        Heredocs = Compact(parts.Heredocs);
        Variables = Compact(parts.Variables);
        Comments = parts.Comments is { } comments ? Compact(comments) : [];
        EmptyContinuationLines = parts.EmptyContinuationLines is { } emptyLines ? Compact(emptyLines) : [];
        Trigger = parts.Trigger;
        Escape = parts.Escape;
    }

    // A tree is kept per document version, and a 50,000-line file has ~15,000 instructions: exact arrays, and one
    // shared empty array for the many empty lists, instead of growable lists with spare capacity.
    private static T[] Compact<T>(List<T> items) => items.Count == 0 ? [] : items.ToArray();

    /// <summary>The logical text (continuations removed) with its map back to document offsets.</summary>
    public LogicalLine Line { get; }

    /// <summary>The keyword as written (any casing).</summary>
    public string Keyword { get; }

    public TextSpan KeywordSpan { get; }

    public InstructionKind Kind { get; }

    /// <summary>From the keyword to the last character of the logical line (no trailing break, no heredoc bodies).</summary>
    public TextSpan Span { get; }

    public IReadOnlyList<FlagSyntax> Flags { get; }

    /// <summary>Logical index where the arguments (after the flags) start, and where they end (trailing blanks excluded).</summary>
    public int ArgumentsStart { get; }

    public int ArgumentsEnd { get; }

    /// <summary>The words after the flags, in order. For ONBUILD these are the trigger's keyword and arguments.</summary>
    public IReadOnlyList<ArgumentSyntax> Arguments { get; }

    /// <summary>The JSON form, when the arguments (or HEALTHCHECK's command) are a valid JSON string array.</summary>
    public ExecFormSyntax? ExecForm { get; }

    /// <summary>Logical index where the command of RUN/CMD/ENTRYPOINT (or HEALTHCHECK CMD) starts; -1 otherwise.</summary>
    public int CommandStart { get; }

    public IReadOnlyList<HeredocSyntax> Heredocs { get; }

    /// <summary>Variable references in the flags and arguments (heredoc bodies excluded), in order.</summary>
    public IReadOnlyList<VariableReferenceSyntax> Variables { get; }

    /// <summary>Comment lines inside the instruction's line continuations.</summary>
    public IReadOnlyList<TextSpan> Comments { get; }

    /// <summary>Blank lines inside the instruction's line continuations (deprecated by Docker).</summary>
    public IReadOnlyList<TextSpan> EmptyContinuationLines { get; }

    /// <summary>The instruction an ONBUILD registers; null for other instructions.</summary>
    public InstructionSyntax? Trigger { get; }

    /// <summary>The escape character in force for this instruction.</summary>
    public char Escape { get; }

    public string ArgumentsText => Line.Text[ArgumentsStart..ArgumentsEnd];

    public TextSpan ArgumentsSpan => Line.SourceSpan(ArgumentsStart, ArgumentsEnd);

    public bool IsExecForm => ExecForm is not null;

    /// <summary>The shell-form command text (RUN, CMD, ENTRYPOINT, HEALTHCHECK CMD), or null in exec form or for other instructions.</summary>
    public string? ShellCommand => CommandStart < 0 || ExecForm is not null ? null : Line.Text[CommandStart..ArgumentsEnd];

    public FlagSyntax? Flag(string name) => Flags.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The options of a flag value (<c>--mount=type=cache,target=/x</c>) with their spans.</summary>
    public IReadOnlyList<FlagOption> FlagOptions(FlagSyntax flag)
    {
        if (flag.ValueSpan is not { } valueSpan) return [];
        var start = Line.LogicalIndexOf(valueSpan.Start);
        return start < 0 ? [] : flag.Options(Line, start);
    }

    /// <summary>The <c>key=value</c> pairs of ENV, LABEL or ARG (legacy <c>ENV key value</c> included).</summary>
    public IReadOnlyList<KeyValueSyntax> KeyValues => _keyValues ??= KeyValueReader.Read(this);

    private IReadOnlyList<KeyValueSyntax>? _keyValues;

    /// <summary>FROM's parts: image, <c>--platform</c>, <c>AS</c> and the stage name (null for other instructions).</summary>
    public FromParts? From => Kind == InstructionKind.From ? FromParts.Of(this) : null;

    public override string ToString() => Line.Text;
}
