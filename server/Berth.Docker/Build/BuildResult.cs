namespace Berth.Docker.Build;

/// <summary>A finished build: the image id ("sha256:...") and the tags it received.</summary>
public sealed record BuildResult(string ImageId, IReadOnlyList<string> Tags);
