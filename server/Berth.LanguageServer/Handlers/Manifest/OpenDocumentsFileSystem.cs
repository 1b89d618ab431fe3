using Berth.LanguageServer.Documents;
using Berth.Manifest.CrossChecks;
using Berth.Workspace.Manifests;

namespace Berth.LanguageServer.Handlers.Manifest;

/// <summary>Files as the editor sees them: an open document's unsaved text wins over the file on disk.</summary>
internal sealed class OpenDocumentsFileSystem(DocumentStore? documents) : IManifestFileSystem
{
    public bool FileExists(string path) => OpenText(path) is not null || DiskManifestFileSystem.Instance.FileExists(path);

    public bool DirectoryExists(string path) => DiskManifestFileSystem.Instance.DirectoryExists(path);

    public string? ReadText(string path) => OpenText(path) ?? DiskManifestFileSystem.Instance.ReadText(path);

    private string? OpenText(string path)
    {
        if (documents is null) return null;
        foreach (var snapshot in documents.All)
        {
            if (ManifestPaths.LocalPath(snapshot.Uri) is { } local && string.Equals(local, path, StringComparison.Ordinal)) return snapshot.Text;
        }
        return null;
    }
}
