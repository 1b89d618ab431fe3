using Berth.Dockerfile.Linting;
using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Documents;
using LspDiagnostic = Berth.LanguageServer.Protocol.Diagnostic;

namespace Berth.LanguageServer.Diagnostics;

/// <summary>The diagnostics of one snapshot under the given settings, as LSP diagnostics (push and pull share this).</summary>
public static class DocumentDiagnostics
{
    public static IReadOnlyList<LspDiagnostic> Compute(DocumentSnapshot snapshot, BerthSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        if (!snapshot.IsDockerfile) return [];
        cancellationToken.ThrowIfCancellationRequested();
        var document = snapshot.Dockerfile;
        cancellationToken.ThrowIfCancellationRequested();
        return Linter.Lint(document, settings.Lint).Select(d => DiagnosticConverter.ToLsp(d, document.Lines)).ToList();
    }
}
