using System.Collections.Concurrent;
using LspDiagnostic = Berth.LanguageServer.Protocol.Diagnostic;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>
/// The last failed build of each Dockerfile, as a BER9001 diagnostic, kept until its next successful build.
/// The diagnostics publisher appends it to the document's normal diagnostics.
/// </summary>
public sealed class BuildFailureDiagnostics
{
    private readonly ConcurrentDictionary<string, LspDiagnostic> _failures = new(StringComparer.Ordinal);

    public void Set(string uri, LspDiagnostic diagnostic) => _failures[uri] = diagnostic;

    public void Clear(string uri) => _failures.TryRemove(uri, out _);

    public IReadOnlyList<LspDiagnostic> For(string uri) => _failures.TryGetValue(uri, out var d) ? [d] : [];
}
