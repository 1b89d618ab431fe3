using Berth.Dockerfile;
using Berth.Dockerfile.Text;
using Berth.Manifest;
using Berth.Manifest.Syntax;

namespace Berth.LanguageServer.Documents;

/// <summary>
/// One version of one open document, immutable. The Dockerfile is parsed at most once per version, on the
/// first question asked of it, so a burst of edits costs one parse, not one per keystroke.
/// Handlers ask this snapshot (via <see cref="Dockerfile"/>) for their answers.
/// </summary>
public sealed class DocumentSnapshot
{
    private readonly Lazy<DockerfileDocument> _dockerfile;
    private readonly Lazy<LineIndex> _lines;
    private readonly Lazy<ManifestDocument> _manifest;

    public DocumentSnapshot(string uri, string languageId, int version, string text)
    {
        Uri = uri;
        LanguageId = languageId;
        Version = version;
        Text = text;
        IsDockerfile = DocumentKind.IsDockerfile(uri, languageId);
        IsManifest = !IsDockerfile && DocumentKind.IsManifest(uri);
        // The file's folder names the image when image.name is omitted, so the manifest reads its local path when it has one.
        _manifest = new Lazy<ManifestDocument>(() => Handlers.Manifest.ManifestPaths.LocalPath(uri) is { } path
            ? ManifestDocument.Parse(text, path)
            : ManifestDocument.Parse(text, ManifestFormats.FromFileName(uri)), LazyThreadSafetyMode.ExecutionAndPublication);
        _dockerfile = new Lazy<DockerfileDocument>(() => ParseDockerfile(text), LazyThreadSafetyMode.ExecutionAndPublication);
        // Editing needs line starts even for documents we do not analyse, without parsing them.
        _lines = new Lazy<LineIndex>(() => _dockerfile.IsValueCreated ? _dockerfile.Value.Lines : LineIndex.Create(text), LazyThreadSafetyMode.PublicationOnly);
    }

    private static DockerfileDocument ParseDockerfile(string text)
    {
        LargeDocumentMemory.BeforeParsing(text);
        return DockerfileDocument.Parse(text);
    }

    public string Uri { get; }

    public string LanguageId { get; }

    public int Version { get; }

    public string Text { get; }

    /// <summary>True when Berth analyses this document (by file name or language id).</summary>
    public bool IsDockerfile { get; }

    /// <summary>True for a Berth manifest (berth.yaml, berth.yml, berth.json).</summary>
    public bool IsManifest { get; }

    /// <summary>The parsed manifest of this version (only meaningful when <see cref="IsManifest"/>).</summary>
    public ManifestDocument Manifest => _manifest.Value;

    /// <summary>The parsed Dockerfile of this version: syntax, semantics and diagnostics.</summary>
    public DockerfileDocument Dockerfile => _dockerfile.Value;

    public LineIndex Lines => _lines.Value;

    /// <summary>The next version after applying the client's edits in order.</summary>
    public DocumentSnapshot WithChanges(int version, IEnumerable<Protocol.TextDocumentContentChangeEvent> changes)
    {
        var text = TextChanges.Apply(Text, Lines, changes);
        return new DocumentSnapshot(Uri, LanguageId, version, text);
    }
}
