namespace Berth.Manifest.Model;

/// <summary>The `docker build` options. Paths are as written, relative to the manifest's folder.</summary>
public sealed record BuildSpec(
    string Context,
    string Dockerfile,
    string? Target,
    IReadOnlyDictionary<string, string> Args,
    string? Platform,
    IReadOnlyDictionary<string, string> Labels,
    bool NoCache,
    bool Pull)
{
    public static BuildSpec Default { get; } = new(".", "Dockerfile", null, new Dictionary<string, string>(), null, new Dictionary<string, string>(), false, false);
}
