namespace Berth.AlibabaCloud.Ecs;

/// <summary>Which instances a deploy targets: explicit ids, tags (all must match), or both (ids filtered by tags).</summary>
public sealed record RolloutTarget(IReadOnlyList<string> InstanceIds, IReadOnlyDictionary<string, string> Tags)
{
    public bool IsEmpty => InstanceIds.Count == 0 && Tags.Count == 0;

    public override string ToString() =>
        string.Join(" and ", new[]
        {
            InstanceIds.Count > 0 ? "instances " + string.Join(", ", InstanceIds) : null,
            Tags.Count > 0 ? "tags " + string.Join(", ", Tags.Select(t => $"{t.Key}={t.Value}")) : null,
        }.Where(s => s is not null));
}
