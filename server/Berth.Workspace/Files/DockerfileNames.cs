namespace Berth.Workspace.Files;

/// <summary>
/// Which file names are Dockerfiles: <c>Dockerfile</c>, <c>*.Dockerfile</c>, <c>Dockerfile.*</c> and
/// <c>Containerfile</c>, compared case-insensitively because editors and users spell them both ways.
/// One rule shared by the editor (which documents get diagnostics) and <c>berth lint</c> (which files a folder holds).
/// </summary>
public static class DockerfileNames
{
    public static bool IsDockerfileName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        // "Dockerfile.dockerignore" matches "Dockerfile.*" but is an ignore file, not a Dockerfile.
        if (fileName.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase)) return false;
        return fileName.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)
            || fileName.Equals("Containerfile", StringComparison.OrdinalIgnoreCase)
            || (fileName.Length > ".Dockerfile".Length && fileName.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase))
            || (fileName.Length > "Dockerfile.".Length && fileName.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase));
    }
}
