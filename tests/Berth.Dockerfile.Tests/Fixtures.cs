namespace Berth.Dockerfile.Tests;

/// <summary>Finds tests/fixtures by walking up from the test binaries to the folder holding LanguageServer.sln.</summary>
internal static class Fixtures
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Dockerfiles => Path.Combine(RepoRoot, "tests", "fixtures", "dockerfiles");

    public static IReadOnlyList<string> DockerfilePaths() =>
        Directory.GetFiles(Dockerfiles, "*.Dockerfile").Order(StringComparer.Ordinal).ToArray();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LanguageServer.sln not found above " + AppContext.BaseDirectory);
    }
}
