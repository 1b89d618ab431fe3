namespace Berth.Docker.Context;

/// <summary>
/// What a build sends: the context folder and the Dockerfile (which may sit outside the context). The name the
/// engine must be told is decided by <see cref="BuildContextArchive"/> (a random one for an outside Dockerfile).
/// </summary>
public sealed record BuildContextSource(string ContextDirectory, string DockerfilePath)
{
    public static BuildContextSource Create(string contextDirectory, string? dockerfilePath)
    {
        ArgumentNullException.ThrowIfNull(contextDirectory);
        var context = Path.GetFullPath(contextDirectory);
        if (!Directory.Exists(context))
        {
            throw new DockerOperationException($"The build context folder {context} does not exist; check the manifest's build.context or the --context option.");
        }
        var dockerfile = Path.GetFullPath(dockerfilePath ?? "Dockerfile", context);
        if (!File.Exists(dockerfile))
        {
            throw new DockerOperationException($"The Dockerfile {dockerfile} does not exist; check the manifest's build.dockerfile or the --file option.");
        }
        return new BuildContextSource(context, dockerfile);
    }

    /// <summary>The Dockerfile's path inside the context with '/' separators, or null when it lies outside.</summary>
    public string? DockerfileInContext
    {
        get
        {
            var relative = Path.GetRelativePath(ContextDirectory, DockerfilePath);
            if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
                return null;
            return relative.Replace(Path.DirectorySeparatorChar, '/');
        }
    }
}
