using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Navigation;

/// <summary>A symbol one Dockerfile contributes to workspace/symbol: a named stage or an ARG declaration.</summary>
public sealed record WorkspaceSymbolEntry(string Name, DockerfileSymbolKind Kind, TextSpan Span, string? Container);

/// <summary>The stages and ARGs of one Dockerfile, and the query matching workspace/symbol uses.</summary>
public static class WorkspaceSymbolIndex
{
    public static IReadOnlyList<WorkspaceSymbolEntry> Of(SymbolTable symbols)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var result = new List<WorkspaceSymbolEntry>();
        foreach (var symbol in symbols.Symbols)
        {
            if (symbol.Kind is not (DockerfileSymbolKind.Stage or DockerfileSymbolKind.GlobalArg or DockerfileSymbolKind.StageArg)) continue;
            var declaration = symbol.Declarations.FirstOrDefault();
            if (declaration is null) continue;
            var container = symbol.Kind == DockerfileSymbolKind.StageArg && symbol.StageIndex < symbols.Stages.Count
                ? symbols.Stages[symbol.StageIndex].DisplayName
                : null;
            result.Add(new WorkspaceSymbolEntry(symbol.Name, symbol.Kind, declaration.Span, container));
        }
        return result;
    }

    /// <summary>Case-insensitive subsequence match, as editors' fuzzy symbol search expects; an empty query matches all.</summary>
    public static bool Matches(string name, string? query)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrEmpty(query)) return true;
        var q = 0;
        foreach (var c in name)
            if (q < query.Length && char.ToUpperInvariant(c) == char.ToUpperInvariant(query[q])) q++;
        return q == query.Length;
    }
}
