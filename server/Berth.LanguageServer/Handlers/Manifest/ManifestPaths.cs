namespace Berth.LanguageServer.Handlers.Manifest;

/// <summary>Document URIs as local paths, for manifests whose relative paths start at their own folder.</summary>
internal static class ManifestPaths
{
    /// <summary>The local path of a file: URI, or null for other schemes (untitled:, ...).</summary>
    public static string? LocalPath(string uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    public static string? Directory(string uri) => LocalPath(uri) is { } path ? Path.GetDirectoryName(path) : null;

    public static string ToUri(string path) => new Uri(path).AbsoluteUri;
}
