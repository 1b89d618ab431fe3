using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Linting;
using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Server;
using Berth.Workspace.BuildContexts;
using Berth.Workspace.Files;
using LspDiagnostic = Berth.LanguageServer.Protocol.Diagnostic;

namespace Berth.LanguageServer.Diagnostics;

/// <summary>The diagnostics of one snapshot under the given settings, as LSP diagnostics (push and pull share this).</summary>
public static class DocumentDiagnostics
{
    /// <param name="openDocuments">The open documents, so a manifest is checked against the Dockerfile as edited (disk otherwise).</param>
    /// <param name="log">Where to say that the build context could not be read (the context rules are then skipped).</param>
    /// <param name="lintCache">What the previous versions' checks found, so that only the edited stages are checked again (null: check the whole file).</param>
    public static IReadOnlyList<LspDiagnostic> Compute(DocumentSnapshot snapshot, BerthSettings settings, CancellationToken cancellationToken, DocumentStore? openDocuments = null, ClientLogger? log = null, DockerfileLintCache? lintCache = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        if (snapshot.IsManifest)
        {
            var findings = Handlers.Manifest.ManifestFeatures.Diagnostics(snapshot, openDocuments);
            return Handlers.Manifest.ManifestFeatures.LspDiagnostics(snapshot, Linter.Grade(findings, settings.Lint));
        }
        if (!snapshot.IsDockerfile) return [];
        cancellationToken.ThrowIfCancellationRequested();
        if (lintCache is not null) return lintCache.Compute(snapshot, settings.Lint, () => BuildContextOf(snapshot.Uri, log), cancellationToken);
        var document = snapshot.Dockerfile;
        var buildContext = BuildContextOf(snapshot.Uri, log);
        cancellationToken.ThrowIfCancellationRequested();
        return Linter.Lint(document, settings.Lint, buildContext).Select(d => DiagnosticConverter.ToLsp(d, document.Lines)).ToList();
    }

    // Only file: documents have a folder on disk to stand for the build context; others get no context rules.
    private static IBuildContext? BuildContextOf(string uri, ClientLogger? log)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        try
        {
            return DiskBuildContext.ForDockerfile(parsed.LocalPath);
        }
        catch (WorkspaceException e)
        {
            log?.Warning(e.Message);
            return null;
        }
    }
}
