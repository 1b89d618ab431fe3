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

    /// <summary>
    /// The names of the files and folders directly inside <paramref name="folder"/> ("." for the root; cleaned,
    /// '/'-separated), or null when they can't be listed. Glob sources (<c>COPY *.json ./</c>) are checked only
    /// when this answers.
    /// </summary>
    IReadOnlyList<string>? Entries(string folder) => null;

    /// <summary>Where the context is, in words for messages ("the Dockerfile's folder", "'..' (build.context of berth.yaml)").</summary>
    string Description => "the Dockerfile's folder";

    /// <summary>Build arguments the build passes (a manifest's <c>build.args</c>); they replace ARG defaults when sources are expanded.</summary>
    IReadOnlyDictionary<string, string> BuildArgs => EmptyArgs;

    private static readonly IReadOnlyDictionary<string, string> EmptyArgs = new Dictionary<string, string>();
}
