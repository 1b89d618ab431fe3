namespace Berth.AlibabaCloud.Tests.Support;

/// <summary>A throw-away HOME folder, so credential tests never read the developer's real files.</summary>
public sealed class TemporaryHome : IDisposable
{
    public TemporaryHome() => Path = Directory.CreateTempSubdirectory("berth-home-").FullName;

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
