using System.Text;
using Berth.Dockerfile.BuildContext;
using Berth.Workspace.Files;

namespace Berth.Workspace.BuildContexts;

/// <summary>
/// The build context on disk: <c>build.context</c> of the berth.yaml that builds the Dockerfile (see
/// <see cref="ManifestBuildFinder"/>), else the Dockerfile's folder (what <c>docker build .</c> next to it sends).
/// Its .dockerignore is <c>&lt;Dockerfile&gt;.dockerignore</c> next to the Dockerfile when that exists (docker
/// prefers it), else <c>.dockerignore</c> at the context root.
/// </summary>
public sealed class DiskBuildContext : IBuildContext
{
    private readonly string _root;
    private readonly Dictionary<string, IReadOnlyList<string>?> _entries = new(StringComparer.Ordinal);

    private DiskBuildContext(string root, DockerIgnoreFile ignore, string ignoreText, string description, IReadOnlyDictionary<string, string> buildArgs)
    {
        _root = root;
        Ignore = ignore;
        Description = description;
        BuildArgs = buildArgs;
        Identity = string.Join('\n', [root, description, ignoreText, .. buildArgs.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={a.Value}")]);
    }

    /// <summary>
    /// Equal for two reads of the same context (folder, manifest, .dockerignore, build args), whatever files came or
    /// went inside it since: what the editor compares to know whether earlier findings may still stand.
    /// </summary>
    public string Identity { get; }

    public DockerIgnoreFile Ignore { get; }

    public string Description { get; }

    public IReadOnlyDictionary<string, string> BuildArgs { get; }

    /// <summary>The context folder (absolute).</summary>
    public string Root => _root;

    /// <summary>
    /// The context of the Dockerfile at <paramref name="dockerfilePath"/>, or null when its folder (or the manifest's
    /// context folder) does not exist, as for an unsaved file. A .dockerignore or manifest that exists but can't be
    /// read is a <see cref="WorkspaceException"/>.
    /// </summary>
    public static DiskBuildContext? ForDockerfile(string dockerfilePath)
    {
        ArgumentNullException.ThrowIfNull(dockerfilePath);
        var full = Path.GetFullPath(dockerfilePath);
        var folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder)) return null;
        var manifest = ManifestBuildFinder.Find(full);
        var root = manifest?.ContextFolder ?? folder;
        if (!Directory.Exists(root)) return null;
        var description = manifest is null
            ? "the Dockerfile's folder"
            : $"'{manifest.ContextAsWritten}', build.context of {Path.GetFileName(manifest.ManifestPath)}";
        var specific = full + ".dockerignore";
        var ignorePath = File.Exists(specific) ? specific : Path.Combine(root, ".dockerignore");
        var ignoreText = File.Exists(ignorePath) ? ReadIgnore(ignorePath) : null;
        var ignore = ignoreText is null ? DockerIgnoreFile.Empty : DockerIgnoreFile.Parse(ignoreText);
        return new DiskBuildContext(root, ignore, ignoreText is null ? "" : ignorePath + "\n" + ignoreText, description, manifest?.BuildArgs ?? new Dictionary<string, string>());
    }

    public bool Exists(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = FullPath(path);
        return File.Exists(full) || Directory.Exists(full);
    }

    public IReadOnlyList<string>? Entries(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (_entries.TryGetValue(folder, out var known)) return known;
        var listed = List(FullPath(folder));
        _entries[folder] = listed;
        return listed;
    }

    private string FullPath(string path) => path == "." ? _root : Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar));

    // A file or a missing path has no entries; a folder that can't be listed makes glob sources undecidable (null),
    // so the rules stay silent on them instead of guessing. The build itself reports an unreadable folder.
    private static IReadOnlyList<string>? List(string full)
    {
        if (!Directory.Exists(full)) return [];
        try
        {
            return Directory.EnumerateFileSystemEntries(full).Select(e => Path.GetFileName(e)).Order(StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return null;
        }
    }

    private static string ReadIgnore(string path)
    {
        try
        {
            return File.ReadAllText(path, new UTF8Encoding(false));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new WorkspaceException($"{path}: permission denied; make it readable so COPY sources can be checked against it.", e);
        }
        catch (IOException e)
        {
            throw new WorkspaceException($"{path}: could not be read ({e.Message}); COPY sources were not checked against it.", e);
        }
    }
}
