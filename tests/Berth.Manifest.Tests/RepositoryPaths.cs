namespace Berth.Manifest.Tests;

/// <summary>Finds the repository root (the folder holding LanguageServer.sln) and the fixtures in it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Fixtures(params string[] parts) => Path.Combine([Root, "tests", "fixtures", "manifests", .. parts]);

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LanguageServer.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("LanguageServer.sln not found above " + AppContext.BaseDirectory);
    }
}
