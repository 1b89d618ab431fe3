using Berth.Dockerfile;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Manifest;
using Berth.Manifest.CrossChecks;
using Berth.Workspace.Files;

namespace Berth.Workspace.Linting;

/// <summary>The findings of one Dockerfile or manifest, with its line index so output can turn spans into lines and columns.</summary>
public sealed record FileReport(SourceFile File, LineIndex Lines, IReadOnlyList<Diagnostic> Diagnostics)
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
        return new FileReport(file, document.Lines, diagnostics);
    }

    /// <summary>
    /// Checks one manifest (berth.yaml / berth.json): reading and schema findings, then, when those pass, the
    /// cross-checks with its Dockerfile and the files around it.
    /// </summary>
    public static FileReport LintManifest(SourceFile file, LintOptions options, IManifestFileSystem files)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(files);
        var manifest = ManifestDocument.Parse(file.Text, file.FullPath);
        var findings = new List<Diagnostic>(manifest.Diagnostics);
        if (!manifest.HasErrors) findings.AddRange(ManifestCrossChecks.Check(manifest, Path.GetDirectoryName(file.FullPath)!, files));
        var diagnostics = options.Apply(findings)
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
        return new FileReport(file, manifest.Lines, diagnostics);
    }
}
