using Berth.Dockerfile.LanguageService.Docs;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Completion;

/// <summary>
/// Completion at a caret: instruction snippets at the start of a line, parser directives at the top, flags and
/// their values, stage names, variables in scope after <c>$</c> / <c>${</c>, and argument values (HEALTHCHECK
/// CMD/NONE, signals, EXPOSE protocols, OCI label keys, build-context files). Inside a here-document body only
/// variables, and only when the delimiter is unquoted (a quoted one turns expansion off); nothing in comments.
/// </summary>
public static class CompletionService
{
    private static readonly HashSet<string> BareFlags = new(StringComparer.OrdinalIgnoreCase) { "link", "parents", "keep-git-dir" };

    /// <param name="listContext">Lists a build-context folder (relative, "" for the root); null when there is none.</param>
    public static IReadOnlyList<CompletionEntry> Complete(DockerfileDocument document, SymbolTable symbols, int offset,
        Func<string, IReadOnlyList<ContextEntry>>? listContext = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(symbols);
        var caret = CaretContext.At(document, offset);
        var text = document.Text;
        if (caret.InHeredocBody) return HeredocVariables(symbols, caret, text);
        if (caret.Node is ParserDirectiveSyntax || (caret.InComment && caret.Instruction is null && InDirectiveArea(document, caret)))
            return Directives(document, caret);
        if (caret.InComment) return [];
        if (caret.AtKeyword) return Keywords(document, symbols, caret, onbuild: false);

        var instruction = caret.Instruction!;
        var word = caret.WordPrefix(text);
        var variable = VariableCompletions(symbols, caret, text, word);
        if (variable is not null) return variable;

        if (instruction.Kind == InstructionKind.Onbuild)
        {
            var trigger = instruction.Trigger;
            if (trigger is null || caret.Offset <= trigger.KeywordSpan.End) return Keywords(document, symbols, caret, onbuild: true);
            return Arguments(document, symbols, caret, trigger, word, listContext);
        }
        return Arguments(document, symbols, caret, instruction, word, listContext);
    }

    // In a here-document body the builder (or the shell running it) expands $NAME unless the delimiter is quoted.
    private static List<CompletionEntry> HeredocVariables(SymbolTable symbols, CaretContext caret, string text)
    {
        var heredoc = caret.Instruction?.Heredocs.FirstOrDefault(h => caret.Offset >= h.BodySpan.Start && caret.Offset <= h.BodySpan.End);
        if (heredoc is null || heredoc.IsQuoted) return [];
        return VariableCompletions(symbols, caret, text, caret.WordPrefix(text)) ?? [];
    }

    private static bool InDirectiveArea(DockerfileDocument document, CaretContext caret)
    {
        foreach (var node in document.Syntax.Nodes)
        {
            if (node.FullSpan.End >= caret.Offset) return true;
            if (node is not (ParserDirectiveSyntax or ByteOrderMarkSyntax)) return false;
        }
        return true;
    }

    private static List<CompletionEntry> Directives(DockerfileDocument document, CaretContext caret)
    {
        var prefix = caret.LinePrefix.TrimStart();
        var hash = caret.Offset - prefix.Length;
        var eq = prefix.IndexOf('=', StringComparison.Ordinal);
        var result = new List<CompletionEntry>();
        if (eq >= 0)
        {
            var name = prefix[1..eq].Trim();
            var doc = DirectiveDocs.Find(name);
            if (doc is null) return result;
            var valueSpan = TextSpan.FromBounds(hash + eq + 1, document.Lines.LineContentEnd(document.Lines.LineOf(caret.Offset)));
            foreach (var value in doc.Values)
                result.Add(new CompletionEntry(value, CompletionEntryKind.Value, valueSpan, value, Detail: $"# {doc.Name}", Documentation: DirectiveDocs.ToMarkdown(doc)));
            return result;
        }
        var span = TextSpan.FromBounds(hash, Math.Max(caret.Offset, caret.WordEnd));
        foreach (var doc in DirectiveDocs.All)
        {
            var insert = $"# {doc.Name}=";
            result.Add(new CompletionEntry(insert, CompletionEntryKind.Directive, span, insert, Detail: "parser directive",
                Documentation: DirectiveDocs.ToMarkdown(doc)));
        }
        return result;
    }

    private static List<CompletionEntry> Keywords(DockerfileDocument document, SymbolTable symbols, CaretContext caret, bool onbuild)
    {
        var result = new List<CompletionEntry>();
        var span = caret.WordSpan;
        var beforeFirstFrom = !document.Syntax.Instructions.Any(i => i.Kind == InstructionKind.From && i.FullSpan.End <= caret.Offset);
        _ = symbols;
        foreach (var kind in Enum.GetValues<InstructionKind>())
        {
            if (kind == InstructionKind.Unknown) continue;
            if (onbuild && kind is InstructionKind.Onbuild or InstructionKind.From or InstructionKind.Maintainer) continue;
            var doc = InstructionDocs.For(kind);
            var first = beforeFirstFrom && kind is InstructionKind.From or InstructionKind.Arg;
            var rank = kind == InstructionKind.Maintainer ? "9" : first ? "0" : "1";
            foreach (var (label, snippet, detail) in InstructionSnippets.For(kind, document.Syntax.Escape))
            {
                result.Add(new CompletionEntry(label, label == kind.Keyword() ? CompletionEntryKind.Keyword : CompletionEntryKind.Snippet, span,
                    snippet, IsSnippet: true, Detail: detail, Documentation: doc?.ToMarkdown(), SortText: rank + label));
            }
        }
        return result;
    }

    private static List<CompletionEntry>? VariableCompletions(SymbolTable symbols, CaretContext caret, string text, string word)
    {
        var dollar = word.LastIndexOf('$');
        if (dollar < 0) return null;
        var braced = dollar + 1 < word.Length && word[dollar + 1] == '{';
        var nameStart = dollar + (braced ? 2 : 1);
        for (var i = nameStart; i < word.Length; i++)
            if (!(word[i] == '_' || char.IsAsciiLetterOrDigit(word[i]))) return null;
        var start = caret.WordStart + nameStart;
        var end = caret.Offset;
        while (end < text.Length && (text[end] == '_' || char.IsAsciiLetterOrDigit(text[end]))) end++;
        var closeFollows = end < text.Length && text[end] == '}';
        var scope = ScopeAt(symbols, caret);
        var result = new List<CompletionEntry>();
        if (scope is null) return result;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var binding in scope.All)
        {
            if (!seen.Add(binding.Symbol.Name)) continue;
            result.Add(Variable(binding.Symbol.Name, binding.Symbol.Kind, binding.Value, start, end, braced && !closeFollows));
        }
        if (scope.StageIndex < 0)
        {
            foreach (var (name, summary) in PredefinedArgs.Platform)
                if (seen.Add(name)) result.Add(Variable(name, DockerfileSymbolKind.PredefinedArg, null, start, end, braced && !closeFollows, summary));
        }
        else if ((caret.Instruction?.Kind) == InstructionKind.Run)
        {
            foreach (var name in PredefinedArgs.Proxy)
                if (seen.Add(name)) result.Add(Variable(name, DockerfileSymbolKind.PredefinedArg, null, start, end, braced && !closeFollows, "proxy setting"));
        }
        return result;
    }

    private static CompletionEntry Variable(string name, DockerfileSymbolKind kind, string? value, int start, int end, bool close, string? summary = null)
    {
        var what = kind switch
        {
            DockerfileSymbolKind.Env => "ENV",
            DockerfileSymbolKind.PredefinedArg => "predefined ARG",
            DockerfileSymbolKind.GlobalArg => "global ARG",
            _ => "ARG",
        };
        var detail = value is null ? $"{what}{(summary is null ? "" : ": " + summary)}" : $"{what} = {value}";
        return new CompletionEntry(name, CompletionEntryKind.Variable, TextSpan.FromBounds(start, end), close ? name + "}" : name, Detail: detail);
    }

    /// <summary>The variables visible at the caret: a FROM line sees global ARGs; other lines see their stage.</summary>
    internal static VariableScopeSnapshot? ScopeAt(SymbolTable symbols, CaretContext caret)
    {
        if (caret.InstructionIndex >= 0 && caret.InstructionIndex < symbols.Scopes.Count) return symbols.Scopes[caret.InstructionIndex];
        return symbols.Scopes.Count > 0 ? symbols.Scopes[^1] : null;
    }

    private static List<CompletionEntry> Arguments(DockerfileDocument document, SymbolTable symbols, CaretContext caret,
        InstructionSyntax instruction, string word, Func<string, IReadOnlyList<ContextEntry>>? listContext)
    {
        var kind = instruction.Kind;
        var argsBefore = instruction.Arguments.Count(a => a.Span.End < caret.WordStart);
        var inFlagZone = instruction.Arguments.All(a => a.Span.Start >= caret.WordStart);
        if (inFlagZone && word.StartsWith('-')) return Flags(document, symbols, caret, instruction, word);
        var result = new List<CompletionEntry>();
        var span = caret.WordSpan;
        switch (kind)
        {
            case InstructionKind.From when argsBefore == 0:
                foreach (var stage in symbols.Stages.Where(s => s.Name is not null && s.From.FullSpan.End <= caret.Offset))
                    result.Add(new CompletionEntry(stage.Name!, CompletionEntryKind.Stage, span, stage.Name!, Detail: $"stage {stage.Index}"));
                result.Add(new CompletionEntry("scratch", CompletionEntryKind.Value, span, "scratch", Detail: "empty base image"));
                if (inFlagZone && word.Length == 0) result.AddRange(Flags(document, symbols, caret, instruction, word));
                break;
            case InstructionKind.From when argsBefore == 1:
                result.Add(new CompletionEntry("AS", CompletionEntryKind.Keyword, span, "AS ", Detail: "name this stage"));
                break;
            case InstructionKind.Healthcheck when argsBefore == 0:
                result.Add(new CompletionEntry("CMD", CompletionEntryKind.Keyword, span, "CMD ", Detail: "the check command"));
                result.Add(new CompletionEntry("NONE", CompletionEntryKind.Keyword, span, "NONE", Detail: "disable the base image's check"));
                if (inFlagZone && word.Length == 0) result.AddRange(Flags(document, symbols, caret, instruction, word));
                break;
            case InstructionKind.Stopsignal when argsBefore == 0:
                foreach (var signal in SignalValues.All) result.Add(new CompletionEntry(signal, CompletionEntryKind.Value, span, signal));
                break;
            case InstructionKind.Expose when word.Contains('/'):
                var slash = caret.WordStart + word.LastIndexOf('/') + 1;
                foreach (var protocol in new[] { "tcp", "udp", "sctp" })
                    result.Add(new CompletionEntry(protocol, CompletionEntryKind.Value, TextSpan.FromBounds(slash, caret.WordEnd), protocol));
                break;
            case InstructionKind.Label when !word.Contains('='):
                foreach (var (key, summary) in WellKnownLabels.All)
                    result.Add(new CompletionEntry(key, CompletionEntryKind.Property, span, key + "=", Detail: summary));
                break;
            case InstructionKind.Copy or InstructionKind.Add when listContext is not null && instruction.Flag("from") is null:
                result.AddRange(ContextFiles(caret, word, listContext));
                if (inFlagZone && word.Length == 0) result.AddRange(Flags(document, symbols, caret, instruction, word));
                break;
            default:
                if (inFlagZone && word.Length == 0) result.AddRange(Flags(document, symbols, caret, instruction, word));
                break;
        }
        return result;
    }

    private static IEnumerable<CompletionEntry> ContextFiles(CaretContext caret, string word, Func<string, IReadOnlyList<ContextEntry>> listContext)
    {
        if (word.StartsWith('/') || word.Contains("..", StringComparison.Ordinal) || word.Contains('$')) yield break;
        var slash = word.LastIndexOf('/');
        var folder = slash < 0 ? "" : word[..slash];
        var start = caret.WordStart + slash + 1;
        var span = TextSpan.FromBounds(start, caret.WordEnd);
        foreach (var entry in listContext(folder))
        {
            yield return entry.IsDirectory
                ? new CompletionEntry(entry.Name + "/", CompletionEntryKind.Folder, span, entry.Name + "/", Detail: "folder in the build context")
                : new CompletionEntry(entry.Name, CompletionEntryKind.File, span, entry.Name, Detail: "file in the build context");
        }
    }

    private static List<CompletionEntry> Flags(DockerfileDocument document, SymbolTable symbols, CaretContext caret, InstructionSyntax instruction, string word)
    {
        var kind = instruction.Kind;
        var result = new List<CompletionEntry>();
        var eq = word.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            foreach (var flag in FlagDocs.For(kind))
            {
                var insert = BareFlags.Contains(flag.Name) ? "--" + flag.Name : "--" + flag.Name + "=";
                result.Add(new CompletionEntry("--" + flag.Name, CompletionEntryKind.Flag, caret.WordSpan, insert, Detail: kind.Keyword() + " flag",
                    Documentation: flag.ToMarkdown()));
            }
            return result;
        }
        var name = word[2..eq];
        var valueStart = caret.WordStart + eq + 1;
        var valueSpan = TextSpan.FromBounds(valueStart, caret.WordEnd);
        if (string.Equals(name, "from", StringComparison.OrdinalIgnoreCase))
            return StageNames(symbols, caret, valueSpan);
        if (string.Equals(name, "mount", StringComparison.OrdinalIgnoreCase) && kind == InstructionKind.Run)
            return MountValues(symbols, caret, word[(eq + 1)..], valueStart);
        var doc = FlagDocs.Find(kind, name);
        if (doc is null) return result;
        foreach (var value in doc.Values) result.Add(new CompletionEntry(value, CompletionEntryKind.Value, valueSpan, value, Detail: "--" + doc.Name));
        _ = document;
        return result;
    }

    private static List<CompletionEntry> StageNames(SymbolTable symbols, CaretContext caret, TextSpan span) =>
        symbols.Stages.Where(s => s.Name is not null && s.From.FullSpan.End <= caret.Offset)
            .Select(s => new CompletionEntry(s.Name!, CompletionEntryKind.Stage, span, s.Name!, Detail: $"stage {s.Index}: {s.From.From?.Image?.Text}"))
            .ToList();

    private static List<CompletionEntry> MountValues(SymbolTable symbols, CaretContext caret, string value, int valueStart)
    {
        var comma = value.LastIndexOf(',');
        var partStart = valueStart + comma + 1;
        var part = value[(comma + 1)..];
        var result = new List<CompletionEntry>();
        var eq = part.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0)
        {
            var span = TextSpan.FromBounds(partStart, caret.Offset);
            foreach (var (key, summary) in MountOptions.Keys)
                result.Add(new CompletionEntry(key, CompletionEntryKind.Property, span, key + "=", Detail: summary));
            return result;
        }
        var key2 = part[..eq];
        var valueSpan = TextSpan.FromBounds(partStart + eq + 1, caret.Offset);
        if (string.Equals(key2, "from", StringComparison.OrdinalIgnoreCase)) return StageNames(symbols, caret, valueSpan);
        foreach (var v in MountOptions.ValuesOf(key2)) result.Add(new CompletionEntry(v, CompletionEntryKind.Value, valueSpan, v, Detail: key2));
        return result;
    }
}
