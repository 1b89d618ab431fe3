using Berth.Dockerfile.LanguageService.Completion;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>
/// Lists a folder of the build context (taken to be the Dockerfile's folder) for COPY/ADD source completion.
/// Only file: URIs; never leaves the context folder; a folder it cannot read is logged and offers nothing.
/// </summary>
internal static class BuildContextLister
{
    private const int MaxEntries = 200;

    public static Func<string, IReadOnlyList<ContextEntry>>? For(string uri, ServerSession session)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        var root = Path.GetDirectoryName(parsed.LocalPath);
        if (root is null || !Directory.Exists(root)) return null;
        return folder =>
        {
            var full = Path.GetFullPath(Path.Combine(root, folder));
            if (!full.StartsWith(root, StringComparison.Ordinal) || !Directory.Exists(full)) return [];
            try
            {
                return new DirectoryInfo(full).EnumerateFileSystemInfos()
                    .Where(i => i.Name != ".git")
                    .OrderBy(i => i.Name, StringComparer.Ordinal)
                    .Take(MaxEntries)
                    .Select(i => new ContextEntry(i.Name, i is DirectoryInfo))
                    .ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                session.Log.Warning($"Could not list the build context folder {full} for completion: {e.Message}");
                return [];
            }
        };
    }
}
