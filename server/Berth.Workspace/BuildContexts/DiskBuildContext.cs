using System.Text;
using Berth.Dockerfile.BuildContext;
using Berth.Workspace.Files;

namespace Berth.Workspace.BuildContexts;

/// <summary>
/// The build context on disk, taken to be the Dockerfile's folder (what <c>docker build .</c> next to it sends).
/// Its .dockerignore is <c>&lt;Dockerfile&gt;.dockerignore</c> when that exists (docker prefers it), else <c>.dockerignore</c>.
/// </summary>
public sealed class DiskBuildContext : IBuildContext
{
    private readonly string _root;

    private DiskBuildContext(string root, DockerIgnoreFile ignore)
    {
        _root = root;
        Ignore = ignore;
    }

    public DockerIgnoreFile Ignore { get; }

    /// <summary>
    /// The context of the Dockerfile at <paramref name="dockerfilePath"/>, or null when its folder does not exist
    /// (an unsaved file). A .dockerignore that exists but can't be read is a <see cref="WorkspaceException"/>.
    /// </summary>
    public static DiskBuildContext? ForDockerfile(string dockerfilePath)
    {
        ArgumentNullException.ThrowIfNull(dockerfilePath);
        var full = Path.GetFullPath(dockerfilePath);
        var root = Path.GetDirectoryName(full);
        if (root is null || !Directory.Exists(root)) return null;
        var specific = full + ".dockerignore";
        var ignorePath = File.Exists(specific) ? specific : Path.Combine(root, ".dockerignore");
        return new DiskBuildContext(root, File.Exists(ignorePath) ? ReadIgnore(ignorePath) : DockerIgnoreFile.Empty);
    }

    public bool Exists(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar));
        return File.Exists(full) || Directory.Exists(full);
    }

    private static DockerIgnoreFile ReadIgnore(string path)
    {
        try
        {
            return DockerIgnoreFile.Parse(File.ReadAllText(path, new UTF8Encoding(false)));
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
