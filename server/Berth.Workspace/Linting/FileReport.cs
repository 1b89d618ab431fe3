using Berth.Dockerfile;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.Workspace.Files;

namespace Berth.Workspace.Linting;

/// <summary>The findings of one Dockerfile, with the parsed document so output can turn spans into lines and columns.</summary>
public sealed record FileReport(SourceFile File, DockerfileDocument Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Parses and checks one file's text under the given settings (the core's <see cref="Linter"/>).</summary>
    public static FileReport Lint(SourceFile file, LintSettings settings)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(settings);
        var document = DockerfileDocument.Parse(file.Text);
        return new FileReport(file, document, Linter.Lint(document, settings));
    }
}
