using Berth.Workspace.Files;

namespace Berth.LanguageServer.Documents;

/// <summary>Whether an open document is a Dockerfile: by language id, or by the file name in its URI.</summary>
public static class DocumentKind
{
    public static bool IsDockerfile(string uri, string? languageId)
    {
        if (string.Equals(languageId, "dockerfile", StringComparison.OrdinalIgnoreCase)) return true;
        return DockerfileNames.IsDockerfileName(FileNameOf(uri));
    }

    /// <summary>Whether an open document is a Berth manifest (berth.yaml, berth.yml, berth.json), by file name.</summary>
    public static bool IsManifest(string uri) => Berth.Manifest.Syntax.ManifestFormats.IsManifestFileName(FileNameOf(uri));

    // The last path segment of a URI (file:, untitled:, vscode-remote: ...), percent-decoded.
    private static string FileNameOf(string uri)
    {
        var path = uri;
        var query = path.IndexOfAny(['?', '#']);
        if (query >= 0) path = path[..query];
        var slash = path.LastIndexOfAny(['/', ':']);
        var name = slash >= 0 ? path[(slash + 1)..] : path;
        try
        {
            return System.Uri.UnescapeDataString(name);
        }
        catch (UriFormatException)
        {
            return name;
        }
    }
}
