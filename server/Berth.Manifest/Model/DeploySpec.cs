namespace Berth.Manifest.Model;

/// <summary>Where the image is deployed.</summary>
public sealed record DeploySpec(EcsDeploySpec? Ecs)
{
    public static DeploySpec None { get; } = new((EcsDeploySpec?)null);
}

/// <summary>A rolling deployment onto ECS instances, chosen by id and/or by tags.</summary>
public sealed record EcsDeploySpec(
    IReadOnlyList<string> InstanceIds,
    IReadOnlyDictionary<string, string> Tags,
    string? ContainerName,
    BatchSize BatchSize,
    HealthcheckSpec? Healthcheck,
    TimeSpan Timeout,
    bool Rollback)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);
}

/// <summary>How many instances one batch updates: a count, or a percentage of the selected instances.</summary>
public sealed record BatchSize(int? Count, int? Percent)
{
    public static BatchSize One { get; } = new(1, null);

    /// <summary>The batch size for <paramref name="instanceCount"/> instances: at least one.</summary>
    public int For(int instanceCount) =>
        Count ?? Math.Max(1, (int)Math.Ceiling(instanceCount * (Percent ?? 100) / 100.0));
}
