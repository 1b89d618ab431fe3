using System.Collections.Concurrent;
using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using StreamJsonRpc;

namespace Berth.LanguageServer.Diagnostics;

/// <summary>
/// Pushes textDocument/publishDiagnostics. An edit to an idle document is analysed at once; an edit that
/// arrives while an earlier run is still pending waits a short quiet period (typing produces a burst of
/// versions; only the last deserves a parse). It works off the message thread, and publishes only if
/// the version it analysed is still the document's latest. Closing a document clears its diagnostics, and a
/// publish racing with the close can never land after the clear.
/// </summary>
public sealed class DiagnosticsPublisher(DocumentStore documents, SettingsProvider settings, ILanguageClient client, ClientLogger log, TimeSpan debounce)
{
    public static readonly TimeSpan DefaultDebounce = TimeSpan.FromMilliseconds(75);

    /// <summary>How long a version must stay the latest before ShellCheck checks it.</summary>
    public static readonly TimeSpan ShellCheckQuietPeriod = TimeSpan.FromMilliseconds(400);

    /// <summary>Failed builds (BER9001), merged into every publish of their Dockerfile until it builds again.</summary>
    public Handlers.Commands.BuildFailureDiagnostics BuildFailures { get; } = new();

    /// <summary>What the last check of each open Dockerfile found, so a keystroke re-checks only the stage it touched.</summary>
    public DockerfileLintCache LintCache { get; } = new();

    /// <summary>ShellCheck on RUN instructions, published after the core diagnostics.</summary>
    public ShellCheckStage ShellCheck { get; } = new(log);

    /// <summary>
    /// Set at initialize when the client pulls diagnostics and supports refresh: then nothing is pushed (VS Code
    /// would show pushed and pulled diagnostics side by side, each problem twice), and a change that affects
    /// documents other than the one being edited asks the client to pull again.
    /// </summary>
    public bool PullMode { get; set; }

    private int _refreshPending;

    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    // Serializes "is this still current? then send" against "closed: send the clear".
    private readonly SemaphoreSlim _sendGate = new(1, 1);

    /// <summary>
    /// Analyses the snapshot, replacing any earlier pending run for the document. An idle document is
    /// analysed at once, so the first keystroke after a pause gets its diagnostics without waiting; only
    /// when a run is still pending (the user types faster than we analyse) does the new run wait for the
    /// quiet period, so that a burst costs one analysis.
    /// </summary>
    public void Schedule(DocumentSnapshot snapshot) => Schedule(snapshot, editedByClient: false);

    /// <summary>
    /// As <see cref="Schedule(DocumentSnapshot)"/>, for a document the client has just opened or edited. A client
    /// that pulls diagnostics asks for that document's by itself; it is asked to pull again only when other open
    /// documents are affected (a Dockerfile's edit changes its manifest's cross-checks).
    /// </summary>
    public void Schedule(DocumentSnapshot snapshot, bool editedByClient)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (PullMode)
        {
            if (!editedByClient || (snapshot.IsDockerfile && documents.All.Any(d => d.IsManifest))) RequestRefresh();
            return;
        }
        var cancellation = new CancellationTokenSource();
        CancellationTokenSource? previous = null;
        // AddOrUpdate returns the stored (new) value, so the replaced run is captured in the update callback.
        _pending.AddOrUpdate(snapshot.Uri, cancellation, (_, old) =>
        {
            previous = old;
            return cancellation;
        });
        previous?.Cancel();
        var delay = previous is null ? TimeSpan.Zero : debounce;
        // Task.Run: the analysis must never run on the thread that reads the client's messages.
        _ = Task.Run(() => PublishAfterQuietPeriodAsync(snapshot, delay, cancellation));
        // Manifests are cross-checked against their Dockerfile: an edit to the Dockerfile re-checks the open manifests.
        if (snapshot.IsDockerfile)
        {
            foreach (var manifest in documents.All.Where(d => d.IsManifest)) Schedule(manifest);
        }
    }

    /// <summary>Re-analyses every open document (after a settings change).</summary>
    public void ScheduleAll()
    {
        // Settings or a watched file changed: the kept findings of the context rules may be stale.
        LintCache.ForgetFindings();
        if (PullMode)
        {
            RequestRefresh();
            return;
        }
        foreach (var snapshot in documents.All) Schedule(snapshot);
    }

    /// <summary>Clears the closed document's diagnostics; the document must already be gone from the store.</summary>
    public async Task ClearAsync(string uri)
    {
        if (_pending.TryRemove(uri, out var pending)) pending.Cancel();
        LintCache.Forget(uri);
        await _sendGate.WaitAsync().ConfigureAwait(false);
        try
        {
            await SendAsync(new PublishDiagnosticsParams(uri, null, [])).ConfigureAwait(false);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    private async Task PublishAfterQuietPeriodAsync(DocumentSnapshot snapshot, TimeSpan delay, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay, token).ConfigureAwait(false);
            var current = await settings.CurrentAsync(token).ConfigureAwait(false);
            if (!documents.IsCurrent(snapshot)) return;
            IReadOnlyList<Protocol.Diagnostic> diagnostics = [.. DocumentDiagnostics.Compute(snapshot, current, token, documents, log, LintCache), .. BuildFailures.For(snapshot.Uri)];

            await _sendGate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                if (!documents.IsCurrent(snapshot) || token.IsCancellationRequested) return;
                // No longer pending once the answer is decided: the editor may send the next keystroke as soon
                // as it sees these diagnostics, and that keystroke must count as "idle", not as a burst.
                _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(snapshot.Uri, cancellation));
                await SendAsync(new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, diagnostics)).ConfigureAwait(false);
            }
            finally
            {
                _sendGate.Release();
            }
            await RepublishWithShellCheckAsync(snapshot, current, diagnostics, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // A newer version (or a close) superseded this run; its own run publishes.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.Error($"Berth could not check {snapshot.Uri}: {e.GetType().Name}: {e.Message}");
        }
        finally
        {
            // Not disposed: a later Schedule or Clear may still cancel it, and it holds no timer.
            _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(snapshot.Uri, cancellation));
        }
    }

    // ShellCheck runs after the core diagnostics went out, so it never delays them, and only once the user pauses: it
    // starts a process per changed script, which on a small machine would take the CPU from the next keystroke's
    // diagnostics. Its findings are added by publishing again, for the same version only.
    private async Task RepublishWithShellCheckAsync(DocumentSnapshot snapshot, BerthSettings current, IReadOnlyList<Protocol.Diagnostic> published, CancellationToken token)
    {
        if (!current.ShellCheckEnabled) return;
        await Task.Delay(ShellCheckQuietPeriod, token).ConfigureAwait(false);
        if (!documents.IsCurrent(snapshot)) return;
        var findings = await ShellCheck.ComputeAsync(snapshot, current, token).ConfigureAwait(false);
        if (findings.Count == 0) return;
        await _sendGate.WaitAsync(token).ConfigureAwait(false);
        try
        {
            if (!documents.IsCurrent(snapshot) || token.IsCancellationRequested) return;
            await SendAsync(new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, [.. published, .. findings])).ConfigureAwait(false);
        }
        finally
        {
            _sendGate.Release();
        }
    }

    // Coalesces a burst (a settings change, several builds) into one workspace/diagnostic/refresh.
    private void RequestRefresh()
    {
        // Nothing open, nothing to pull again (and at initialize, the client must not get requests yet).
        if (!documents.All.Any()) return;
        if (Interlocked.Exchange(ref _refreshPending, 1) == 1) return;
        _ = Task.Run(async () =>
        {
            await Task.Delay(debounce).ConfigureAwait(false);
            Interlocked.Exchange(ref _refreshPending, 0);
            try
            {
                await client.RequestAsync<object>("workspace/diagnostic/refresh", null!, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
            {
                // The editor has gone; there is no one left to pull.
            }
            catch (RemoteInvocationException e)
            {
                log.Warning($"The editor refused workspace/diagnostic/refresh ({e.Message}); diagnostics update on the next edit.");
            }
        });
    }

    private async Task SendAsync(PublishDiagnosticsParams parameters)
    {
        try
        {
            await client.NotifyAsync("textDocument/publishDiagnostics", parameters).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
        {
            // The editor has gone; there is no one left to show diagnostics to.
        }
    }
}
