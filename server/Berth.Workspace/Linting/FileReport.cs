using Berth.Dockerfile;
using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Text;
using Berth.Manifest;
using Berth.Manifest.CrossChecks;
using Berth.Workspace.Files;
using Berth.Workspace.ShellCheck;

namespace Berth.Workspace.Linting;

/// <summary>The findings of one Dockerfile or manifest, with its line index so output can turn spans into lines and columns.</summary>
public sealed record FileReport(SourceFile File, LineIndex Lines, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Parses and checks one Dockerfile's text under the given settings (the core's <see cref="Linter"/>).</summary>
    public static FileReport Lint(SourceFile file, LintSettings settings) => Lint(file, settings, null);

    /// <summary>As <see cref="Lint(SourceFile, LintSettings)"/>, with the build context rules when a context is given.</summary>
    public static FileReport Lint(SourceFile file, LintSettings settings, IBuildContext? buildContext) => Lint(file, settings, buildContext, null);

    /// <summary>As above, plus ShellCheck's findings on the RUN instructions when <paramref name="shellCheck"/> is given.</summary>
    public static FileReport Lint(SourceFile file, LintSettings settings, IBuildContext? buildContext, ShellCheckService? shellCheck)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(settings);
        var document = DockerfileDocument.Parse(file.Text);
        var diagnostics = Linter.Lint(document, settings, buildContext);
        if (shellCheck is not null)
        {
            // The CLI is synchronous and has no synchronization context, so waiting here cannot deadlock.
            var findings = shellCheck.CheckAsync(document, settings, null, CancellationToken.None).GetAwaiter().GetResult();
            if (findings.Count > 0)
                diagnostics = diagnostics.Concat(findings)
                    .OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ThenBy(d => d.Code, StringComparer.Ordinal).ToArray();
        }
        return new FileReport(file, document.Lines, diagnostics);
    }

    /// <summary>
    /// Checks one manifest (berth.yaml / berth.json): reading and schema findings, then, when those pass, the
    /// cross-checks with its Dockerfile and the files around it.
    /// </summary>
    public static FileReport LintManifest(SourceFile file, LintSettings settings, IManifestFileSystem files)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(files);
        var manifest = ManifestDocument.Parse(file.Text, file.FullPath);
        var findings = new List<Diagnostic>(manifest.Diagnostics);
        if (!manifest.HasErrors) findings.AddRange(ManifestCrossChecks.Check(manifest, Path.GetDirectoryName(file.FullPath)!, files));
        return new FileReport(file, manifest.Lines, Linter.Grade(findings, settings));
    }
}
