using System.Text;
using Berth.Manifest;
using Berth.Manifest.Syntax;
using Berth.Workspace.Files;

namespace Berth.Workspace.BuildContexts;

/// <summary>How a manifest builds a Dockerfile: the manifest, the context folder (absolute and as written) and the build args.</summary>
public sealed record ManifestBuild(string ManifestPath, string ContextFolder, string ContextAsWritten, IReadOnlyDictionary<string, string> BuildArgs);

/// <summary>
/// Finds the berth.yaml (berth.yml, berth.json) that builds a Dockerfile: the nearest one, in the Dockerfile's folder
/// or a folder above it, whose <c>build.dockerfile</c> (default <c>Dockerfile</c>, relative to the manifest) is that
/// file. The search stops at a repository root (a folder with <c>.git</c>) and after a few levels, so that a stray
/// manifest high up in the file system is never taken for this project's.
/// </summary>
public static class ManifestBuildFinder
{
    private const int MaxLevels = 6;

    private static readonly string[] ManifestNames = ["berth.yaml", "berth.yml", "berth.json"];

    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>The manifest build of <paramref name="dockerfilePath"/>, or null when no manifest builds it.</summary>
    /// <exception cref="WorkspaceException">A manifest exists but can't be read.</exception>
    public static ManifestBuild? Find(string dockerfilePath)
    {
        ArgumentNullException.ThrowIfNull(dockerfilePath);
        var dockerfile = Path.GetFullPath(dockerfilePath);
        var folder = Path.GetDirectoryName(dockerfile);
        for (var level = 0; folder is not null && level < MaxLevels; level++)
        {
            foreach (var name in ManifestNames)
            {
                var manifestPath = Path.Combine(folder, name);
                if (!File.Exists(manifestPath)) continue;
                var build = Read(manifestPath).Model.Build;
                var builds = Path.GetFullPath(Path.Combine(folder, build.Dockerfile));
                if (!string.Equals(builds, dockerfile, PathComparison)) continue;
                return new ManifestBuild(manifestPath, Path.GetFullPath(Path.Combine(folder, build.Context)), build.Context, build.Args);
            }
            if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git"))) break;
            folder = Path.GetDirectoryName(folder);
        }
        return null;
    }

    // A manifest with errors elsewhere still says where its build context is; the binder fills in only what it can read.
    private static ManifestDocument Read(string path)
    {
        try
        {
            return ManifestDocument.Parse(File.ReadAllText(path, new UTF8Encoding(false)), ManifestFormats.FromFileName(path));
        }
        catch (UnauthorizedAccessException e)
        {
            throw new WorkspaceException($"{path}: permission denied; make it readable so the Dockerfile's build context can be found.", e);
        }
        catch (IOException e)
        {
            throw new WorkspaceException($"{path}: could not be read ({e.Message}); COPY sources were not checked.", e);
        }
    }
}
