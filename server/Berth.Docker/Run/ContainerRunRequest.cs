namespace Berth.Docker.Run;

/// <summary>What to run: the manifest's <c>run</c> section in engine terms.</summary>
public sealed record ContainerRunRequest(string Image)
{
    public string? Name { get; init; }

    /// <summary>"HOST:CONTAINER[/tcp|udp]" or "IP:HOST:CONTAINER" mappings.</summary>
    public IReadOnlyList<string> Ports { get; init; } = [];

    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>"SOURCE:TARGET[:ro]" binds or named volumes.</summary>
    public IReadOnlyList<string> Volumes { get; init; } = [];

    /// <summary>Replaces the image's CMD when not empty.</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Replaces the image's ENTRYPOINT when not empty.</summary>
    public IReadOnlyList<string> Entrypoint { get; init; } = [];

    public string? User { get; init; }

    /// <summary>"no", "always", "on-failure" or "unless-stopped".</summary>
    public string? Restart { get; init; }

    /// <summary>"host", "none", "bridge" or a network name.</summary>
    public string? Network { get; init; }

    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>A healthcheck command (run with /bin/sh -c) replacing the image's HEALTHCHECK.</summary>
    public string? HealthCommand { get; init; }

    public TimeSpan HealthInterval { get; init; } = TimeSpan.FromSeconds(5);
}
