using System.Text;
using Berth.Dockerfile.LanguageService.Docs;
using Berth.Dockerfile.LanguageService.Images;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Hover;

/// <summary>Markdown shown on hover, and the span it is about.</summary>
public sealed record HoverInfo(string Markdown, TextSpan Span);

/// <summary>
/// Hover: our documentation for keywords, flags, mount options and directives; a variable's value at that
/// point and where it was declared; a stage reference's FROM line; the parts of a FROM image.
/// </summary>
public static class HoverService
{
    public static HoverInfo? Hover(DockerfileDocument document, SymbolTable symbols, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(symbols);
        var caret = CaretContext.At(document, offset);
        if (caret.Node is ParserDirectiveSyntax directive)
        {
            var doc = DirectiveDocs.Find(directive.Name);
            return doc is null ? null : new HoverInfo(DirectiveDocs.ToMarkdown(doc), directive.NameSpan);
        }
        if (caret.InHeredocBody)
        {
            var delimiter = symbols.OccurrenceAt(offset);
            return delimiter is null ? null : ForSymbol(document, symbols, delimiter);
        }
        if (caret.Instruction is not { } instruction || caret.InComment) return null;

        if (symbols.OccurrenceAt(offset) is { } occurrence) return ForSymbol(document, symbols, occurrence);

        var target = instruction.Trigger is { } trigger && offset >= trigger.KeywordSpan.Start ? trigger : instruction;
        if (instruction.KeywordSpan.ContainsOrTouches(offset)) return Keyword(instruction);
        if (target != instruction && target.KeywordSpan.ContainsOrTouches(offset)) return Keyword(target);

        foreach (var flag in target.Flags)
        {
            if (!flag.Span.ContainsOrTouches(offset)) continue;
            if (flag.ValueSpan is { } valueSpan && offset > valueSpan.Start && string.Equals(flag.Name, "mount", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var option in target.FlagOptions(flag))
                {
                    if (!option.Span.ContainsOrTouches(offset)) continue;
                    var summary = MountOptions.Keys.FirstOrDefault(k => string.Equals(k.Key, option.Key, StringComparison.OrdinalIgnoreCase)).Summary;
                    if (summary is not null) return new HoverInfo($"**{option.Key}** (mount option) — {summary}", option.Span);
                }
            }
            var doc = FlagDocs.Find(target.Kind, flag.Name);
            return doc is null ? null : new HoverInfo(doc.ToMarkdown(), flag.Span);
        }

        if (target.Kind == InstructionKind.From && target.From?.Image is { } image && image.Span.ContainsOrTouches(offset))
            return Image(symbols, caret, image);
        return null;
    }

    private static HoverInfo? Keyword(InstructionSyntax instruction)
    {
        var doc = InstructionDocs.For(instruction.Kind);
        return doc is null ? null : new HoverInfo(doc.ToMarkdown(), instruction.KeywordSpan);
    }

    private static HoverInfo Image(SymbolTable symbols, CaretContext caret, ArgumentSyntax image)
    {
        var text = image.Value;
        var scope = CompletionScope(symbols, caret);
        var resolved = text.Contains('$') && scope is not null
            ? VariableExpander.Expand(text, name => scope.Lookup(name) is { } b ? (true, b.Value) : (false, null))
            : text;
        var sb = new StringBuilder();
        sb.Append("**Base image** `").Append(text).Append('`');
        if (resolved is not null && resolved != text) sb.Append(" → `").Append(resolved).Append('`');
        sb.Append("\n\n");
        var reference = ImageReference.Parse(resolved);
        if (reference is null)
        {
            sb.Append(string.Equals(resolved, "scratch", StringComparison.OrdinalIgnoreCase)
                ? "The empty image: the stage starts with no files at all."
                : "The reference depends on a build argument without a default, so its parts are known only at build time.");
            return new HoverInfo(sb.ToString(), image.Span);
        }
        sb.Append("| part | value |\n| --- | --- |\n");
        sb.Append("| registry | `").Append(reference.Registry).Append('`').Append(reference.RegistryIsImplicit ? " (default)" : "").Append(" |\n");
        sb.Append("| repository | `").Append(reference.Repository).Append("` |\n");
        sb.Append("| tag | ").Append(reference.Tag is null ? (reference.Digest is null ? "`latest` (implicit)" : "—") : $"`{reference.Tag}`").Append(" |\n");
        if (reference.Digest is not null) sb.Append("| digest | `").Append(reference.Digest).Append("` |\n");
        return new HoverInfo(sb.ToString(), image.Span);
    }

    private static VariableScopeSnapshot? CompletionScope(SymbolTable symbols, CaretContext caret) =>
        caret.InstructionIndex >= 0 && caret.InstructionIndex < symbols.Scopes.Count ? symbols.Scopes[caret.InstructionIndex] : null;

    private static HoverInfo ForSymbol(DockerfileDocument document, SymbolTable symbols, SymbolOccurrence occurrence)
    {
        var symbol = occurrence.Symbol;
        var lines = document.Lines;
        var sb = new StringBuilder();
        switch (symbol.Kind)
        {
            case DockerfileSymbolKind.Stage or DockerfileSymbolKind.UnnamedStage:
                // The stage this occurrence means: the one whose FROM holds its declaration (an index or a name picks one).
                var declared = occurrence.Target.Span.Start;
                var stage = symbols.Stages.FirstOrDefault(s => s.From.Span.Contains(declared)) ?? symbols.Stages.First(s => s.Symbol == symbol);
                sb.Append(stage.Name is null ? $"**Stage {stage.Index}** (unnamed" : $"**Stage** `{stage.Name}` (stage {stage.Index}")
                    .Append(", line ").Append(lines.LineOf(stage.From.Span.Start) + 1).Append(')');
                if (occurrence.IsStageIndex) sb.Append(" — referred to by its index");
                sb.Append("\n\n```dockerfile\n").Append(stage.From.Line.Text).Append("\n```");
                break;
            case DockerfileSymbolKind.HeredocDelimiter:
                var declaration = occurrence.Target;
                var closing = symbol.Occurrences.FirstOrDefault(o => !o.IsDeclaration);
                sb.Append("**Here-document** `").Append(symbol.Name).Append("`: opened on line ").Append(lines.LineOf(declaration.Span.Start) + 1);
                sb.Append(closing is null ? ", never closed." : $", closed on line {lines.LineOf(closing.Span.Start) + 1}.");
                break;
            default:
                var what = symbol.Kind switch
                {
                    DockerfileSymbolKind.GlobalArg => "ARG (global)",
                    DockerfileSymbolKind.StageArg => "ARG",
                    DockerfileSymbolKind.Env => "ENV",
                    _ => "ARG (predefined by the builder)",
                };
                sb.Append("**").Append(what).Append("** `").Append(symbol.Name).Append('`');
                sb.Append(occurrence.Value is null ? " — no value known before the build" : $" = `{occurrence.Value}`");
                if (symbol.Kind == DockerfileSymbolKind.PredefinedArg && PredefinedArgs.SummaryOf(symbol.Name) is { } summary)
                    sb.Append("\n\n").Append(summary);
                if (!occurrence.IsDeclaration && occurrence.Definition is { } definition)
                    sb.Append("\n\nDeclared on line ").Append(lines.LineOf(definition.Span.Start) + 1).Append('.');
                break;
        }
        return new HoverInfo(sb.ToString(), occurrence.Span);
    }
}
