using Berth.Dockerfile.Linting;
using CoreDiagnostic = Berth.Dockerfile.Diagnostics.Diagnostic;
using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Documents;
using LspDiagnostic = Berth.LanguageServer.Protocol.Diagnostic;

namespace Berth.LanguageServer.Diagnostics;

/// <summary>The diagnostics of one snapshot under the given settings, as LSP diagnostics (push and pull share this).</summary>
public static class DocumentDiagnostics
{
    /// <param name="openDocuments">The open documents, so a manifest is checked against the Dockerfile as edited (disk otherwise).</param>
    public static IReadOnlyList<LspDiagnostic> Compute(DocumentSnapshot snapshot, BerthSettings settings, CancellationToken cancellationToken, DocumentStore? openDocuments = null)
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
        var document = snapshot.Dockerfile;
        cancellationToken.ThrowIfCancellationRequested();
        return Linter.Lint(document, settings.Lint).Select(d => DiagnosticConverter.ToLsp(d, document.Lines)).ToList();
    }

}
