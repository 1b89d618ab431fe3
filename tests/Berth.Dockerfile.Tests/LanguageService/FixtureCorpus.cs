namespace Berth.Dockerfile.Tests.LanguageService;

/// <summary>Every Dockerfile under tests/fixtures (found from the repository root), plus CRLF variants of each.</summary>
internal static class FixtureCorpus
{
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("LanguageServer.sln not found above the test folder.");
    }

    public static IEnumerable<string> DockerfilePaths()
    {
        var fixtures = Path.Combine(RepositoryRoot(), "tests", "fixtures");
        return Directory.EnumerateFiles(fixtures, "*", SearchOption.AllDirectories)
            .Where(p => IsDockerfileName(Path.GetFileName(p)))
            .OrderBy(p => p, StringComparer.Ordinal);
    }

    private static bool IsDockerfileName(string name) =>
        name.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase) || name.Equals("Containerfile", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase) || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase);

    /// <summary>(name, text) for every fixture and its CRLF twin.</summary>
    public static IEnumerable<(string Name, string Text)> Texts()
    {
        foreach (var path in DockerfilePaths())
        {
            var text = File.ReadAllText(path);
            var name = Path.GetRelativePath(RepositoryRoot(), path);
            yield return (name, text);
            var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
            yield return (name + " (CRLF)", lf.Replace("\n", "\r\n", StringComparison.Ordinal));
        }
    }
}
