namespace Berth.Manifest.CrossChecks;

/// <summary>
/// The file-system facts the cross-checks ask, behind an interface so that Berth.Manifest stays pure: the
/// workspace answers from disk (and the editor's open buffers), tests answer from a dictionary. Paths are
/// absolute, made by joining the manifest's folder with what the manifest wrote.
/// </summary>
public interface IManifestFileSystem
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>The text of a file, or null when it doesn't exist or can't be read.</summary>
    string? ReadText(string path);
}
