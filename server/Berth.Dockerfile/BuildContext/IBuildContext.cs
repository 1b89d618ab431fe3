namespace Berth.Dockerfile.BuildContext;

/// <summary>
/// What a build would send to the builder, as the context rules need it: which paths exist and which
/// .dockerignore applies. The core stays pure; Berth.Workspace reads the disk, tests pass a fake.
/// </summary>
public interface IBuildContext
{
    /// <summary>The .dockerignore that applies (<c>&lt;Dockerfile&gt;.dockerignore</c> first, then <c>.dockerignore</c>); empty when none.</summary>
    DockerIgnoreFile Ignore { get; }

    /// <summary>True when a file or folder exists at <paramref name="path"/> (cleaned, relative to the context root, '/'-separated).</summary>
    bool Exists(string path);
}
