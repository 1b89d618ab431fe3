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
/// (rules and settings are applied by Linting.Linter).
/// </summary>
public sealed class DockerfileDocument
{
    private LineIndex? _lines;

    private DockerfileDocument(string text, DockerfileSyntax syntax)
    {
        Text = text;
        Syntax = syntax;
        Semantics = SemanticModel.Build(syntax);
        Diagnostics = DocumentAnalyzer.Analyze(syntax, Semantics);
    }

    public string Text { get; }

    /// <summary>
    /// Built on first use: the incremental linter parses a slice of the file on every keystroke, and its rules
    /// rarely ask for lines, while a 50,000-line slice's index is 50,000 entries.
    /// </summary>
    public LineIndex Lines => _lines ?? Interlocked.CompareExchange(ref _lines, LineIndex.Create(Text), null) ?? _lines;

    /// <summary>The lossless syntax tree.</summary>
    public DockerfileSyntax Syntax { get; }

    /// <summary>Stages, stage references, variable scopes and shells.</summary>
    public SemanticModel Semantics { get; }

    /// <summary>Syntax errors and the semantic errors that break a build (the first set), in text order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public static DockerfileDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DockerfileDocument(text, DockerfileSyntax.Parse(text));
    }

    /// <summary>A slice of a file for the incremental linter: blank runs are read as one node each (see DockerfileParser.ParseSlice).</summary>
    internal static DockerfileDocument ParseSlice(string text) => new(text, DockerfileParser.ParseSlice(text));
}
