using Berth.Docker.Context;

namespace Berth.Docker.Build;

/// <summary>What to build: the manifest's <c>build</c> section (or the CLI's options) in engine terms.</summary>
public sealed record ImageBuildRequest(BuildContextSource Source)
{
    /// <summary>Full image references to tag the result with ("registry/ns/repo:tag").</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The stage to stop at (--target); null builds the last stage.</summary>
    public string? Target { get; init; }

    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>"linux/amd64" and the like; null lets the engine choose.</summary>
    public string? Platform { get; init; }

    public bool NoCache { get; init; }

    /// <summary>Always try to pull a newer version of the base images.</summary>
    public bool Pull { get; init; }
}
