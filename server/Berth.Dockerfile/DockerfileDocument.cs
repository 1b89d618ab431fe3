using Berth.Dockerfile.Analysis;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile;

/// <summary>
/// One immutable version of a Dockerfile: its text, line index, syntax tree, semantic model and the
/// diagnostics of parsing and analysis. Everything a language feature needs is asked of this snapshot.
/// CONTRACT for the other layers: Parse never throws; Diagnostics is the full first-set analysis
/// (rules and settings are applied by Linting.Linter). Safe to share between threads.
/// </summary>
/// <remarks>
/// Only the syntax tree is built by <see cref="Parse"/>; the semantic model and the first set are built on first use,
/// once. The editor's features (outline, folding, formatting, semantic tokens, completion, hover...) read the syntax
/// and a symbol table built from it, and a keystroke's diagnostics come from the incremental linter, which parses
/// only the edited stage. So after a keystroke the first feature request on the new version used to pay for a model
/// and an analysis that nothing it answered needed: at 50,000 lines about two thirds of that request
/// (bench/RESULTS.md).
/// </remarks>
public sealed class DockerfileDocument
{
    private LineIndex? _lines;
    private readonly Lazy<SemanticModel> _semantics;
    private readonly Lazy<IReadOnlyList<Diagnostic>> _diagnostics;

    private DockerfileDocument(string text, DockerfileSyntax syntax)
    {
        Text = text;
        Syntax = syntax;
        // ExecutionAndPublication: two handlers asking at once wait for one build rather than each making one.
        _semantics = new Lazy<SemanticModel>(() => SemanticModel.Build(syntax), LazyThreadSafetyMode.ExecutionAndPublication);
        _diagnostics = new Lazy<IReadOnlyList<Diagnostic>>(() => DocumentAnalyzer.Analyze(syntax, _semantics.Value), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public string Text { get; }

    /// <summary>
    /// Built on first use: the incremental linter parses a slice of the file on every keystroke, and its rules
    /// rarely ask for lines, while a 50,000-line slice's index is 50,000 entries.
    /// </summary>
    public LineIndex Lines => _lines ?? Interlocked.CompareExchange(ref _lines, LineIndex.Create(Text), null) ?? _lines;

    /// <summary>The lossless syntax tree.</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>Stages, stage references, variable scopes and shells (built on first use).</summary>
    public SemanticModel Semantics => _semantics.Value;

    /// <summary>Syntax errors and the semantic errors that break a build (the first set), in text order (built on first use).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics.Value;

    /// <summary>Whether anything has asked for the semantic model yet (for tests: the editing features must not).</summary>
    internal bool HasBuiltSemantics => _semantics.IsValueCreated;

    public static DockerfileDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DockerfileDocument(text, DockerfileSyntax.Parse(text));
    }

    /// <summary>A slice of a file for the incremental linter: blank runs are read as one node each (see DockerfileParser.ParseSlice).</summary>
    internal static DockerfileDocument ParseSlice(string text) => new(text, DockerfileParser.ParseSlice(text));
}
