using Berth.Dockerfile.LanguageService.Docs;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.SemanticTokens;

/// <summary>
/// Semantic tokens straight from the syntax tree, in one pass (linear in the size of the file): keywords, flags,
/// flag values, stage names (declaration vs reference), variables (declaration vs use; predefined build args
/// readonly), quoted strings, comments, directives, here-document delimiters, and MAINTAINER as deprecated.
/// Tokens never overlap and never cross a line break (variables are cut out of the strings around them).
/// </summary>
public static class SemanticTokenizer
{
    public static IReadOnlyList<SemanticToken> Tokenize(DockerfileDocument document, TextSpan? range = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var emitter = new Emitter(document.Text, document.Lines);
        var stageNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var predefined = new HashSet<string>(PredefinedArgs.Platform.Select(p => p.Name).Concat(PredefinedArgs.Proxy), StringComparer.Ordinal);
        var stages = new StagesSoFar(stageNames);
        foreach (var node in document.Syntax.Nodes)
        {
            if (node is InstructionSyntax { Kind: InstructionKind.From }) stages.Current++;
            if (range is { } r && node.FullSpan.Start >= r.End && node.FullSpan.Length > 0) break;
            // Stage names are collected even before the range, so a range request classifies references like a full one.
            var declared = node is InstructionSyntax { Kind: InstructionKind.From } fromInstruction ? fromInstruction.From?.StageName : null;
            if (range is { } r2 && node.FullSpan.End <= r2.Start)
            {
                if (declared is not null) stageNames.Add(declared.Value);
                continue;
            }
            switch (node)
            {
                case CommentSyntax comment:
                    emitter.Add(comment.Span, SemanticTokenType.Comment);
                    break;
                case ParserDirectiveSyntax directive:
                    emitter.Add(TextSpan.FromBounds(directive.FullSpan.Start + LeadingBlanks(document.Text, directive.FullSpan.Start), directive.NameSpan.End), SemanticTokenType.Macro);
                    if (directive.ValueSpan.Length > 0) emitter.Add(directive.ValueSpan, SemanticTokenType.String);
                    break;
                case InstructionSyntax instruction:
                    Instruction(emitter, instruction, stages, predefined);
                    break;
            }
            if (declared is not null) stageNames.Add(declared.Value);
        }
        return emitter.Tokens;
    }

    private static int LeadingBlanks(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i - at;
    }

    /// <summary>The stage names declared so far and the index of the stage being read: what a stage reference may name.</summary>
    private sealed class StagesSoFar(HashSet<string> names)
    {
        public int Current { get; set; } = -1;

        // A name of an earlier stage, or the index of one (Docker reads a number after --from= as an index).
        public bool Refers(string value) =>
            names.Contains(value)
            || (value.Length > 0 && value.All(char.IsAsciiDigit) && int.TryParse(value, System.Globalization.NumberStyles.None, null, out var index) && index < Current);

        public bool IsName(string value) => names.Contains(value);
    }

    private static void Instruction(Emitter emitter, InstructionSyntax instruction, StagesSoFar stageNames, HashSet<string> predefined)
    {
        var pieces = new List<(TextSpan Span, SemanticTokenType Type, SemanticTokenModifiers Modifiers)>();
        var variables = new List<(TextSpan Span, SemanticTokenType Type, SemanticTokenModifiers Modifiers)>();
        Collect(instruction, stageNames, predefined, pieces, variables);
        foreach (var comment in instruction.Comments) pieces.Add((comment, SemanticTokenType.Comment, SemanticTokenModifiers.None));
        foreach (var heredoc in instruction.Heredocs)
        {
            pieces.Add((heredoc.MarkerSpan, SemanticTokenType.Operator, SemanticTokenModifiers.None));
            if (heredoc.TerminatorSpan is { } terminator)
                pieces.Add((TextSpan.FromBounds(terminator.End - heredoc.Delimiter.Length, terminator.End), SemanticTokenType.Operator, SemanticTokenModifiers.None));
        }
        pieces.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        variables.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // Merge: variables win over whatever piece they sit in; the piece is cut around them.
        var v = 0;
        foreach (var piece in pieces)
        {
            var cursor = piece.Span.Start;
            while (v < variables.Count && variables[v].Span.Start < piece.Span.End)
            {
                var variable = variables[v++];
                if (variable.Span.Start > cursor) emitter.Add(TextSpan.FromBounds(cursor, variable.Span.Start), piece.Type, piece.Modifiers);
                emitter.Add(variable.Span, variable.Type, variable.Modifiers);
                cursor = Math.Max(cursor, variable.Span.End);
            }
            if (piece.Span.End > cursor) emitter.Add(TextSpan.FromBounds(cursor, piece.Span.End), piece.Type, piece.Modifiers);
        }
        for (; v < variables.Count; v++) emitter.Add(variables[v].Span, variables[v].Type, variables[v].Modifiers);
    }

    private static void Collect(InstructionSyntax instruction, StagesSoFar stageNames, HashSet<string> predefined,
        List<(TextSpan, SemanticTokenType, SemanticTokenModifiers)> pieces, List<(TextSpan, SemanticTokenType, SemanticTokenModifiers)> variables)
    {
        var modifiers = instruction.Kind == InstructionKind.Maintainer ? SemanticTokenModifiers.Deprecated : SemanticTokenModifiers.None;
        if (instruction.KeywordSpan.Length > 0) pieces.Add((instruction.KeywordSpan, SemanticTokenType.Keyword, modifiers));
        if (instruction.Trigger is { } trigger)
        {
            Collect(trigger, stageNames, predefined, pieces, variables);
            return;
        }
        foreach (var flag in instruction.Flags)
        {
            pieces.Add((TextSpan.FromBounds(flag.Span.Start, flag.NameSpan.End), SemanticTokenType.Parameter, SemanticTokenModifiers.None));
            if (flag.ValueSpan is not { Length: > 0 } valueSpan) continue;
            if (string.Equals(flag.Name, "mount", StringComparison.OrdinalIgnoreCase) && MountFrom(instruction, flag, stageNames) is { } from)
            {
                // The mount's from= value is a stage reference inside a property value: cut it out.
                pieces.Add((TextSpan.FromBounds(valueSpan.Start, from.Start), SemanticTokenType.Property, SemanticTokenModifiers.None));
                pieces.Add((from, SemanticTokenType.Class, SemanticTokenModifiers.None));
                if (from.End < valueSpan.End) pieces.Add((TextSpan.FromBounds(from.End, valueSpan.End), SemanticTokenType.Property, SemanticTokenModifiers.None));
                continue;
            }
            var isStage = string.Equals(flag.Name, "from", StringComparison.OrdinalIgnoreCase) && flag.Value is { } v && stageNames.Refers(v);
            pieces.Add((valueSpan, isStage ? SemanticTokenType.Class : SemanticTokenType.Property, SemanticTokenModifiers.None));
        }
        foreach (var reference in instruction.Variables) AddVariable(reference, predefined, variables);
        switch (instruction.Kind)
        {
            case InstructionKind.From:
                var parts = instruction.From!;
                if (parts.Image is { } image && stageNames.IsName(image.Value) && !ReferenceEquals(image, parts.StageName))
                    pieces.Add((image.Span, SemanticTokenType.Class, SemanticTokenModifiers.None));
                if (parts.AsKeyword is { } asKeyword) pieces.Add((asKeyword.Span, SemanticTokenType.Keyword, SemanticTokenModifiers.None));
                if (parts.StageName is { } name) pieces.Add((name.Span, SemanticTokenType.Class, SemanticTokenModifiers.Declaration));
                return;
            case InstructionKind.Arg or InstructionKind.Env:
                foreach (var pair in instruction.KeyValues)
                {
                    var readOnly = instruction.Kind == InstructionKind.Arg && pair.Value is null && predefined.Contains(pair.Key);
                    pieces.Add((pair.KeySpan, SemanticTokenType.Variable,
                        readOnly ? SemanticTokenModifiers.Readonly : SemanticTokenModifiers.Declaration));
                    if (pair.ValueSpan is { Length: > 0 } value && pair.RawValue is { Length: > 0 } raw && raw[0] is '"' or '\'')
                        pieces.Add((value, SemanticTokenType.String, SemanticTokenModifiers.None));
                }
                return;
            case InstructionKind.Label:
                foreach (var pair in instruction.KeyValues)
                {
                    pieces.Add((pair.KeySpan, SemanticTokenType.Property, SemanticTokenModifiers.None));
                    if (pair.ValueSpan is { Length: > 0 } value && pair.RawValue is { Length: > 0 } raw && raw[0] is '"' or '\'')
                        pieces.Add((value, SemanticTokenType.String, SemanticTokenModifiers.None));
                }
                return;
            case InstructionKind.Healthcheck when instruction.Arguments.Count > 0 && instruction.Arguments[0].Text.ToUpperInvariant() is "CMD" or "NONE":
                pieces.Add((instruction.Arguments[0].Span, SemanticTokenType.Keyword, SemanticTokenModifiers.None));
                break;
        }
        if (instruction.ExecForm is { } exec)
        {
            foreach (var element in exec.Elements) pieces.Add((element.Span, SemanticTokenType.String, SemanticTokenModifiers.None));
            return;
        }
        foreach (var argument in instruction.Arguments)
        {
            if (argument.Text.Length >= 2 && argument.Text[0] is '"' or '\'' && argument.Text[^1] == argument.Text[0])
                pieces.Add((argument.Span, SemanticTokenType.String, SemanticTokenModifiers.None));
        }
    }

    private static TextSpan? MountFrom(InstructionSyntax instruction, FlagSyntax flag, StagesSoFar stages)
    {
        foreach (var option in instruction.FlagOptions(flag))
        {
            if (!string.Equals(option.Key, "from", StringComparison.OrdinalIgnoreCase) || string.IsNullOrEmpty(option.Value) || !stages.Refers(option.Value)) continue;
            var start = option.Span.End - option.Value.Length;
            return start > option.Span.Start ? TextSpan.FromBounds(start, option.Span.End) : null;
        }
        return null;
    }

    private static void AddVariable(VariableReferenceSyntax reference, HashSet<string> predefined, List<(TextSpan, SemanticTokenType, SemanticTokenModifiers)> into)
    {
        into.Add((reference.NameSpan, SemanticTokenType.Variable, predefined.Contains(reference.Name) ? SemanticTokenModifiers.Readonly : SemanticTokenModifiers.None));
        foreach (var nested in reference.Nested) AddVariable(nested, predefined, into);
    }

    /// <summary>Turns spans into per-line tokens, splitting any span that crosses a line break.</summary>
    private sealed class Emitter(string text, LineIndex lines)
    {
        public List<SemanticToken> Tokens { get; } = [];

        private int _lastEnd;

        public void Add(TextSpan span, SemanticTokenType type, SemanticTokenModifiers modifiers = SemanticTokenModifiers.None)
        {
            var start = Math.Max(span.Start, _lastEnd);
            var end = span.End;
            if (end <= start) return;
            _lastEnd = end;
            var position = lines.PositionOf(start);
            var line = position.Line;
            var segmentStart = start;
            var column = position.Character;
            for (var i = start; i < end; i++)
            {
                if (text[i] is not ('\r' or '\n')) continue;
                if (i > segmentStart) Tokens.Add(new SemanticToken(line, column, i - segmentStart, type, modifiers));
                if (text[i] == '\r' && i + 1 < end && text[i + 1] == '\n') i++;
                line++;
                column = 0;
                segmentStart = i + 1;
            }
            if (end > segmentStart) Tokens.Add(new SemanticToken(line, column, end - segmentStart, type, modifiers));
        }
    }
}
