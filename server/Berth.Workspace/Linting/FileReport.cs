using Berth.Dockerfile;
using Berth.Dockerfile.Diagnostics;
using Berth.Workspace.Files;

namespace Berth.Workspace.Linting;

/// <summary>The findings of one Dockerfile, with the parsed document so output can turn spans into lines and columns.</summary>
public sealed record FileReport(SourceFile File, DockerfileDocument Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Parses and checks one file's text under the given options.</summary>
    public static FileReport Lint(SourceFile file, LintOptions options)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        var document = DockerfileDocument.Parse(file.Text);
        var diagnostics = options.Apply(document.Diagnostics)
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new FileReport(file, document, diagnostics);
    }
}
