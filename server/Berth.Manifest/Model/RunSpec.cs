namespace Berth.Manifest.Model;

/// <summary>How the container runs, locally and on ECS. Env values may still hold ${env:NAME} references.</summary>
public sealed record RunSpec(
    IReadOnlyList<PortMapping> Ports,
    IReadOnlyDictionary<string, string> Env,
    string? EnvFile,
    IReadOnlyList<string> Volumes,
    CommandLine? Command,
    CommandLine? Entrypoint,
    string? User,
    string Restart,
    string? Network,
    HealthcheckSpec? Healthcheck)
{
    public static RunSpec Default { get; } = new([], new Dictionary<string, string>(), null, [], null, null, null, "no", null, null);
}
