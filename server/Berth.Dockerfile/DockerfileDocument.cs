using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile;

/// <summary>
/// One immutable version of a Dockerfile: its text, line index, syntax tree, semantic model and the
/// diagnostics of parsing and analysis. Everything a language feature needs is asked of this snapshot.
/// CONTRACT for the other layers: Parse never throws; Diagnostics is the full first-set analysis.
/// </summary>
public sealed class DockerfileDocument
{
    private DockerfileDocument(string text, DockerfileSyntax syntax)
    {
        Text = text;
        Lines = LineIndex.Create(text);
        Syntax = syntax;
        Diagnostics = syntax.Diagnostics;
    }

    public string Text { get; }

    public LineIndex Lines { get; }

    /// <summary>The lossless syntax tree.</summary>
    public DockerfileSyntax Syntax { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; private init; }

    public static DockerfileDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new DockerfileDocument(text, DockerfileSyntax.Parse(text));
    }
}
