using Berth.Manifest.CrossChecks;

namespace Berth.Workspace.Manifests;

/// <summary>The manifest cross-checks' file-system facts, answered from disk.</summary>
public sealed class DiskManifestFileSystem : IManifestFileSystem
{
    public static DiskManifestFileSystem Instance { get; } = new();

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public string? ReadText(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable counts as absent: the cross-check then reports the Dockerfile as missing, which names the path.
            return null;
        }
    }
}
