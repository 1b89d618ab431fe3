namespace Berth.Benchmarks.Tests;

/// <summary>The repository root, found by walking up from the test binaries to LanguageServer.sln.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No LanguageServer.sln above {AppContext.BaseDirectory}.");
    }
}
