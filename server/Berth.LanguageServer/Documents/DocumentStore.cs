using System.Collections.Concurrent;

namespace Berth.LanguageServer.Documents;

/// <summary>
/// The open documents, each as its latest immutable snapshot. Writers are the text-sync handlers, which the
/// server runs one at a time in arrival order; readers (features, the diagnostics publisher) on any thread
/// simply take the snapshot they find and never see a half-applied edit.
/// </summary>
public sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, DocumentSnapshot> _documents = new(StringComparer.Ordinal);

    public DocumentSnapshot? Get(string uri) => _documents.TryGetValue(uri, out var snapshot) ? snapshot : null;

    public IReadOnlyList<DocumentSnapshot> All => _documents.Values.ToList();

    public void Set(DocumentSnapshot snapshot) => _documents[snapshot.Uri] = snapshot;

    public bool Remove(string uri) => _documents.TryRemove(uri, out _);

    /// <summary>True when <paramref name="snapshot"/> is still the document's latest version (not edited, not closed).</summary>
    public bool IsCurrent(DocumentSnapshot snapshot) => _documents.TryGetValue(snapshot.Uri, out var latest) && ReferenceEquals(latest, snapshot);
}
