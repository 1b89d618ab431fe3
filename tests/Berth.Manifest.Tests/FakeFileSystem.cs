using Berth.Manifest.CrossChecks;

namespace Berth.Manifest.Tests;

/// <summary>An in-memory file system for cross-checks: files with their text, and folders.</summary>
internal sealed class FakeFileSystem : IManifestFileSystem
{
    public const string Root = "/work/app";

    private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal) { Root };

    public FakeFileSystem WithFile(string relative, string text)
    {
        _files[Path.GetFullPath(Path.Combine(Root, relative))] = text;
        return this;
    }

    public FakeFileSystem WithDirectory(string relative)
    {
        _directories.Add(Path.GetFullPath(Path.Combine(Root, relative)));
        return this;
    }

    public bool FileExists(string path) => _files.ContainsKey(path);

    public bool DirectoryExists(string path) => _directories.Contains(path);

    public string? ReadText(string path) => _files.GetValueOrDefault(path);
}
