namespace Berth.Cli.Tests;

/// <summary>A scratch folder for tests that need files the fixtures cannot hold (permissions), deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("berth-cli-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
