namespace Berth.AlibabaCloud.Ecs;

/// <summary>Temporary registry credentials for <c>docker login</c> on the instance.</summary>
public sealed record RegistryCredentials(string Registry, string UserName, string Password)
{
    public override string ToString() => $"RegistryCredentials {{ Registry = {Registry}, UserName = {UserName}, Password = *** }}";
}

/// <summary>How the container is started (<c>docker run</c> options), already in exec form.</summary>
public sealed record ContainerRunOptions
{
    /// <summary>docker run -p values: "8080", "80:8080", "127.0.0.1:80:8080/tcp".</summary>
    public IReadOnlyList<string> Ports { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; init; } = [];

    public IReadOnlyList<string> Volumes { get; init; } = [];

    /// <summary>Entrypoint in exec form: the first word goes to --entrypoint, the rest before the command.</summary>
    public IReadOnlyList<string>? Entrypoint { get; init; }

    /// <summary>Command in exec form (a shell command is ["/bin/sh", "-c", text]).</summary>
    public IReadOnlyList<string>? Command { get; init; }

    public string? User { get; init; }

    /// <summary>docker run --restart policy; "unless-stopped" keeps a deployed service up across reboots.</summary>
    public string Restart { get; init; } = "unless-stopped";

    public string? Network { get; init; }
}

/// <summary>How the deploy script decides that the new container is healthy.</summary>
public sealed record HealthProbe
{
    /// <summary>Probed from the instance with curl or wget; healthy on 2xx/3xx.</summary>
    public Uri? Http { get; init; }

    /// <summary>Run inside the container with docker exec (exec form); healthy on exit 0.</summary>
    public IReadOnlyList<string>? Command { get; init; }

    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan StartPeriod { get; init; } = TimeSpan.Zero;

    public int Retries { get; init; } = 3;
}

/// <summary>Everything one instance needs to replace its container with a new image.</summary>
public sealed record ContainerDeployment(string Image, string ContainerName)
{
    public RegistryCredentials? Login { get; init; }

    public ContainerRunOptions Run { get; init; } = new();

    /// <summary>Without a probe the container only has to keep running (and be healthy, if its image has a HEALTHCHECK).</summary>
    public HealthProbe? Health { get; init; }

    /// <summary>
    /// deploy.ecs.rollback: keep the running container aside and bring it back (healthy) on failure. When false the
    /// running container is removed first, and a failed new container is left stopped for inspection.
    /// </summary>
    public bool Rollback { get; init; } = true;
}
