using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.InlayHints;

/// <summary>A hint shown at <see cref="Offset"/> (after the thing it explains).</summary>
public sealed record InlayHint(int Offset, string Label, string? Tooltip);

/// <summary>
/// Inlay hints: the resolved value after each variable reference whose value is known, the stage index after
/// FROM ... AS name, and the stage name after a reference by index (<c>--from=0</c>).
/// </summary>
public static class InlayHintProvider
{
    private const int MaxValueLength = 40;

    public static IReadOnlyList<InlayHint> Compute(DockerfileDocument document, SymbolTable symbols, TextSpan? range = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(symbols);
        var result = new List<InlayHint>();
        foreach (var occurrence in symbols.Occurrences)
        {
            if (range is { } r && !r.ContainsOrTouches(occurrence.Span.Start)) continue;
            if (occurrence is { IsStageIndex: true, Symbol.Kind: DockerfileSymbolKind.Stage })
            {
                // "--from=0" says little to a reader; name the stage it means.
                result.Add(new InlayHint(occurrence.Span.End, $"({occurrence.Symbol.Name})", $"stage {occurrence.Symbol.Name} — renaming it keeps this index"));
                continue;
            }
            if (occurrence.IsDeclaration || !occurrence.Symbol.IsVariable || occurrence.Value is null) continue;
            var end = occurrence.Span.End;
            // After "${NAME}" rather than inside the braces.
            if (end < document.Text.Length && document.Text[end] == '}') end++;
            var value = occurrence.Value.Length > MaxValueLength ? occurrence.Value[..(MaxValueLength - 1)] + "…" : occurrence.Value;
            result.Add(new InlayHint(end, $"= {value}", $"{occurrence.Symbol.Name} resolves to \"{occurrence.Value}\" here"));
        }
        foreach (var stage in symbols.Stages)
        {
            if (stage.From.From?.StageName is not { } name) continue;
            if (range is { } r && !r.ContainsOrTouches(name.Span.End)) continue;
            result.Add(new InlayHint(name.Span.End, $"#{stage.Index}", $"stage index {stage.Index} (usable as --from={stage.Index})"));
        }
        result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return result;
    }
}
