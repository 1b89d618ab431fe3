using System.Collections.Concurrent;
using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Incremental;
using Berth.Dockerfile.Linting;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Server;
using Berth.Workspace.BuildContexts;
using LspDiagnostic = Berth.LanguageServer.Protocol.Diagnostic;

namespace Berth.LanguageServer.Diagnostics;

/// <summary>
/// What the last check of each open Dockerfile found, so that the next version is checked stage by stage
/// (<see cref="IncrementalLinter"/>: only the stages an edit touched are checked again) and only those stages'
/// findings are translated again; the rest keep their LSP diagnostics, the same objects, so the protocol layer can
/// reuse their JSON as well. The build context is read from disk for every version, as before: the stages checked
/// again see the disk as it is now. When it is another context (a manifest moved it, a .dockerignore changed), or a
/// watched file was created or deleted (<see cref="ForgetFindings"/>), the whole file is checked again.
/// </summary>
public sealed class DockerfileLintCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed class Entry
    {
        public readonly Lock Gate = new();
        public string? ContextIdentity;
        public IncrementalLinter? Linter;
        public Dictionary<PieceFindings, Translated> Translated = new(ReferenceEqualityComparer.Instance);
    }

    private sealed record Translated(int StartLine, LspDiagnostic[] Diagnostics);

    /// <summary>The diagnostics of the Dockerfile <paramref name="snapshot"/>, equal to a full lint of its text.</summary>
    public IReadOnlyList<LspDiagnostic> Compute(DocumentSnapshot snapshot, LintSettings settings, Func<IBuildContext?> readBuildContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(readBuildContext);
        var entry = _entries.GetOrAdd(snapshot.Uri, _ => new Entry());
        lock (entry.Gate)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = readBuildContext();
            var identity = context switch
            {
                null => "",
                DiskBuildContext disk => disk.Identity,
                _ => null, // unknown kind: never taken for the same
            };
            if (entry.Linter is not { } linter || !ReferenceEquals(linter.Settings, settings) || identity is null || identity != entry.ContextIdentity)
            {
                entry.Linter = linter = new IncrementalLinter(settings, context);
                entry.ContextIdentity = identity;
            }
            linter.BuildContext = context;
            // A whole-file check uses the snapshot's own parse, which its features use too: one parse of a large file, not two.
            var result = linter.Lint(snapshot.Text, () => snapshot.Dockerfile);
            var lines = snapshot.Lines;
            var translated = new Dictionary<PieceFindings, Translated>(result.Pieces.Count, ReferenceEqualityComparer.Instance);
            var diagnostics = new List<LspDiagnostic>();
            foreach (var piece in result.Pieces)
            {
                if (piece.Findings.Count == 0) continue;
                // A stage that kept its findings and its first line has the very same ranges: edits elsewhere on other
                // lines move offsets, not lines and columns.
                var startLine = lines.PositionOf(piece.Start).Line;
                if (!entry.Translated.TryGetValue(piece.Findings, out var done) || done.StartLine != startLine)
                    done = new Translated(startLine, [.. piece.Diagnostics.Select(d => DiagnosticConverter.ToLsp(d, lines))]);
                translated[piece.Findings] = done;
                diagnostics.AddRange(done.Diagnostics);
            }
            entry.Translated = translated;
            return diagnostics;
        }
    }

    /// <summary>Drops what is kept for a closed document.</summary>
    public void Forget(string uri) => _entries.TryRemove(uri, out _);

    /// <summary>
    /// A watched file changed (a manifest, a .dockerignore, a file created or deleted): the kept findings of the context
    /// rules may be stale, so each document's next check is of the whole file.
    /// </summary>
    public void ForgetFindings()
    {
        foreach (var entry in _entries.Values)
            lock (entry.Gate) entry.Linter = null;
    }
}
