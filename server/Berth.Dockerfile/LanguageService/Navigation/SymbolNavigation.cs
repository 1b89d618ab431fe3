using System.Text.RegularExpressions;
using Berth.Dockerfile.LanguageService.Formatting;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Navigation;

/// <summary>A highlight: where a symbol is written, and whether that place defines it.</summary>
public readonly record struct SymbolHighlight(TextSpan Span, bool IsDeclaration);

/// <summary>The result of asking to rename: the edits, or one sentence saying why not.</summary>
public sealed record RenameResult(IReadOnlyList<TextEdit> Edits, string? Error)
{
    public static RenameResult Refused(string error) => new([], error);
}

/// <summary>
/// Go to definition, find references, document highlight and rename for stages, ARG/ENV variables and
/// here-document delimiters. Everything goes through symbols, and a symbol has one scope, so a same-named
/// variable of another scope is never touched.
/// </summary>
public static partial class SymbolNavigation
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9_.-]*$")]
    private static partial Regex StageName();

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]*$")]
    private static partial Regex DelimiterName();

    /// <summary>Where the symbol at the caret is declared (the declaration in force there, for a variable).</summary>
    public static IReadOnlyList<TextSpan> Definition(SymbolTable symbols, int offset)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var occurrence = symbols.OccurrenceAt(offset);
        if (occurrence is null) return [];
        if (occurrence.IsDeclaration) return [occurrence.Span];
        if (occurrence.Definition is { } definition) return [definition.Span];
        return occurrence.Symbol.Declarations.Select(d => d.Span).ToList();
    }

    public static IReadOnlyList<TextSpan> References(SymbolTable symbols, int offset, bool includeDeclaration)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var occurrence = symbols.OccurrenceAt(offset);
        if (occurrence is null) return [];
        return occurrence.Symbol.Occurrences.Where(o => includeDeclaration || !o.IsDeclaration).Select(o => o.Span).OrderBy(s => s.Start).ToList();
    }

    public static IReadOnlyList<SymbolHighlight> Highlights(SymbolTable symbols, int offset)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var occurrence = symbols.OccurrenceAt(offset);
        if (occurrence is null) return [];
        return occurrence.Symbol.Occurrences.Select(o => new SymbolHighlight(o.Span, o.IsDeclaration)).OrderBy(h => h.Span.Start).ToList();
    }

    /// <summary>The name to rename at the caret, or why it cannot be renamed (null span and a message).</summary>
    public static (TextSpan? Span, string? Placeholder, string? Error) PrepareRename(SymbolTable symbols, int offset)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        var occurrence = symbols.OccurrenceAt(offset);
        if (occurrence is null) return (null, null, "There is no stage, variable or here-document delimiter here to rename.");
        if (occurrence.Symbol.Kind == DockerfileSymbolKind.UnnamedStage)
            return (null, null, $"Stage {occurrence.Symbol.Name} has no name, so there is nothing to rename; name it with 'FROM <image> AS <name>' first.");
        if (!occurrence.Symbol.CanRename)
            return (null, null, $"{occurrence.Symbol.Name} is defined by the builder itself, so it cannot be renamed.");
        return (occurrence.Span, occurrence.Symbol.Name, null);
    }

    public static RenameResult Rename(SymbolTable symbols, int offset, string newName)
    {
        ArgumentNullException.ThrowIfNull(symbols);
        ArgumentNullException.ThrowIfNull(newName);
        var (span, _, error) = PrepareRename(symbols, offset);
        if (span is null) return RenameResult.Refused(error!);
        var symbol = symbols.OccurrenceAt(offset)!.Symbol;
        var valid = symbol.Kind switch
        {
            DockerfileSymbolKind.Stage => StageName().IsMatch(newName),
            DockerfileSymbolKind.HeredocDelimiter => DelimiterName().IsMatch(newName),
            _ => VariableName().IsMatch(newName),
        };
        if (!valid)
        {
            return RenameResult.Refused(symbol.Kind switch
            {
                DockerfileSymbolKind.Stage => $"'{newName}' is not a valid stage name: start with a letter, then letters, digits, '_', '-' or '.'.",
                DockerfileSymbolKind.HeredocDelimiter => $"'{newName}' is not a valid here-document delimiter: use letters, digits, '_', '-' or '.'.",
                _ => $"'{newName}' is not a valid variable name: start with a letter or '_', then letters, digits or '_'.",
            });
        }
        var clash = Clash(symbols, symbol, newName) ?? EndsHeredocEarly(symbols, symbol, newName);
        if (clash is not null) return RenameResult.Refused(clash);
        // A stage referred to by its index (--from=0) keeps the number: it still means the same stage.
        var edits = symbol.Occurrences.Where(o => !o.IsStageIndex).Select(o => new TextEdit(o.Span, newName)).OrderBy(e => e.Span.Start).ToList();
        return new RenameResult(edits, null);
    }

    // A body line equal to the new delimiter (after the tabs <<- strips) would end the here-document there.
    private static string? EndsHeredocEarly(SymbolTable symbols, DockerfileSymbol symbol, string newName)
    {
        if (symbol.Kind != DockerfileSymbolKind.HeredocDelimiter || symbols.HeredocOf(symbol) is not { } heredoc) return null;
        var line = 1;
        foreach (var raw in heredoc.Body.Split('\n'))
        {
            var content = raw.TrimEnd('\r');
            if (heredoc.StripsLeadingTabs) content = content.TrimStart('\t');
            if (string.Equals(content, newName, StringComparison.Ordinal))
                return $"Line {line} of the here-document's body is '{newName}' on its own, so that delimiter would end the here-document there; choose a name that is not a whole line of the body.";
            line++;
        }
        return null;
    }

    // Renaming onto a name already used in the same scope would merge two things into one.
    private static string? Clash(SymbolTable symbols, DockerfileSymbol symbol, string newName)
    {
        if (string.Equals(symbol.Name, newName, StringComparison.Ordinal)) return null;
        foreach (var other in symbols.Symbols)
        {
            if (ReferenceEquals(other, symbol)) continue;
            if (symbol.Kind == DockerfileSymbolKind.Stage && other.Kind == DockerfileSymbolKind.Stage
                && string.Equals(other.Name, newName, StringComparison.OrdinalIgnoreCase))
                return $"A stage named '{newName}' already exists; choose another name.";
            if (symbol.IsVariable && other.IsVariable && string.Equals(other.Name, newName, StringComparison.Ordinal)
                && (other.StageIndex == symbol.StageIndex || other.Kind is DockerfileSymbolKind.GlobalArg or DockerfileSymbolKind.PredefinedArg
                    || symbol.Kind == DockerfileSymbolKind.GlobalArg))
                return $"A variable named '{newName}' is already visible there; choose another name.";
        }
        return null;
    }
}
