using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Navigation;

/// <summary>Linked editing: typing in a here-document's opening delimiter edits its closing one too, and back.</summary>
public static class LinkedEditing
{
    public const string DelimiterPattern = "[A-Za-z0-9_.-]+";

    public static IReadOnlyList<TextSpan> Ranges(SymbolTable symbols, int offset)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var occurrence = symbols.OccurrenceAt(offset);
        if (occurrence is null || occurrence.Symbol.Kind != DockerfileSymbolKind.HeredocDelimiter || occurrence.Symbol.Occurrences.Count < 2) return [];
        return occurrence.Symbol.Occurrences.Select(o => o.Span).ToList();
    }
}
