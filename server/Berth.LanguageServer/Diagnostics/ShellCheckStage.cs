using System.Collections.Concurrent;
using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Server;
using Berth.Workspace.ShellCheck;
using LspDiagnostic = Berth.LanguageServer.Protocol.Diagnostic;

namespace Berth.LanguageServer.Diagnostics;

/// <summary>
/// The second stage of a Dockerfile's diagnostics: ShellCheck on its RUN instructions, when berth.shellcheck.enable
/// is on and the program is installed (berth.shellcheck.path, else PATH). It runs after the core diagnostics are
/// published, so it never delays them; a newer run for the same document cancels the older one's process.
/// </summary>
public sealed class ShellCheckStage(ClientLogger log)
{
    private readonly ConcurrentDictionary<string, (int Version, CancellationTokenSource Run)> _running = new(StringComparer.Ordinal);

    /// <summary>The service (program search, cache, log-once), one per session.</summary>
    public ShellCheckService Service { get; } = new(log.Warning);

    /// <summary>The SC findings of the snapshot as LSP diagnostics; empty when turned off, not a Dockerfile, or not installed.</summary>
    public async Task<IReadOnlyList<LspDiagnostic>> ComputeAsync(DocumentSnapshot snapshot, BerthSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.ShellCheckEnabled || !snapshot.IsDockerfile) return [];
        using var run = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var entry = (snapshot.Version, run);
        (int Version, CancellationTokenSource Run)? previous = null;
        _running.AddOrUpdate(snapshot.Uri, entry, (_, old) =>
        {
            previous = old;
            return entry;
        });
        // An older version's check is of no use any more: stop its process. (A pull and a push of the same version both go on.)
        if (previous is { } older && older.Version < snapshot.Version)
        {
            try { older.Run.Cancel(); } catch (ObjectDisposedException) { /* it finished meanwhile */ }
        }
        try
        {
            var document = snapshot.Dockerfile;
            var findings = await Service.CheckAsync(document, settings.Lint, settings.ShellCheckPath, run.Token).ConfigureAwait(false);
            return findings.Select(d => DiagnosticConverter.ToLsp(d, document.Lines)).ToList();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Superseded by a newer version, whose own run publishes its findings.
            return [];
        }
        finally
        {
            _running.TryRemove(new KeyValuePair<string, (int, CancellationTokenSource)>(snapshot.Uri, entry));
        }
    }
}
