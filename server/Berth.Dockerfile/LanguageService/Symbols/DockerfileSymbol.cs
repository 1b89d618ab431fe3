using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Symbols;

/// <summary>What a name in a Dockerfile stands for.</summary>
public enum DockerfileSymbolKind
{
    Stage,
    /// <summary>An ARG before the first FROM; a stage's <c>ARG NAME</c> without a value that imports it is one of its declarations.</summary>
    GlobalArg,
    StageArg,
    Env,
    /// <summary>A build arg the builder defines (TARGETPLATFORM, HTTP_PROXY, ...); cannot be renamed.</summary>
    PredefinedArg,
    HeredocDelimiter,
    /// <summary>
    /// A stage without <c>AS name</c>, referred to by its index (<c>COPY --from=0</c>); named by that index, cannot be
    /// renamed. Its declaration is the FROM line, which is not in the table's index (the keyword and image keep their
    /// own hover and references).
    /// </summary>
    UnnamedStage,
}

/// <summary>
/// One named thing with a scope: a build stage, a variable of one scope, or a here-document delimiter.
/// Two variables with the same name in different scopes are different symbols, which is what keeps rename and
/// references from touching an unrelated variable.
/// </summary>
public sealed class DockerfileSymbol(DockerfileSymbolKind kind, string name, int stageIndex)
{
    private readonly List<SymbolOccurrence> _occurrences = [];

    public DockerfileSymbolKind Kind { get; } = kind;

    public string Name { get; } = name;

    /// <summary>The stage the symbol belongs to; -1 for global ARGs, predefined args and stages themselves.</summary>
    public int StageIndex { get; } = stageIndex;

    public IReadOnlyList<SymbolOccurrence> Occurrences => _occurrences;

    public IEnumerable<SymbolOccurrence> Declarations => _occurrences.Where(o => o.IsDeclaration);

    public bool IsVariable => Kind is DockerfileSymbolKind.GlobalArg or DockerfileSymbolKind.StageArg or DockerfileSymbolKind.Env
        or DockerfileSymbolKind.PredefinedArg;

    public bool CanRename => Kind is not (DockerfileSymbolKind.PredefinedArg or DockerfileSymbolKind.UnnamedStage);

    public bool IsStage => Kind is DockerfileSymbolKind.Stage or DockerfileSymbolKind.UnnamedStage;

    /// <summary>The latest declaration added so far (the builder adds in document order).</summary>
    internal SymbolOccurrence? LastDeclaration { get; private set; }

    internal void Add(SymbolOccurrence occurrence)
    {
        _occurrences.Add(occurrence);
        if (occurrence.IsDeclaration) LastDeclaration = occurrence;
    }
}

/// <summary>
/// One place a symbol's name is written. <see cref="Span"/> covers just the name (so a rename replaces it);
/// <see cref="Value"/> is the variable's resolved value at that point when it is known.
/// </summary>
public sealed record SymbolOccurrence(DockerfileSymbol Symbol, TextSpan Span, bool IsDeclaration, string? Value, SymbolOccurrence? Definition)
{
    /// <summary>
    /// True for a stage referred to by its index (<c>--from=0</c>): it is a reference of the stage, but renaming
    /// the stage keeps the number.
    /// </summary>
    public bool IsStageIndex { get; init; }

    /// <summary>For a reference, the declaration it resolves to (the nearest one before it); for a declaration, itself.</summary>
    public SymbolOccurrence Target => Definition ?? this;
}
