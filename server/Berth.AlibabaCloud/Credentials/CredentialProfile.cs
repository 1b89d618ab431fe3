namespace Berth.AlibabaCloud.Credentials;

/// <summary>
/// One profile, from ~/.aliyun/config.json or the credentials INI file, reduced to what Berth needs.
/// Kind is the aliyun CLI mode name (AK, StsToken, RamRoleArn, EcsRamRole, ChainableRamRoleArn).
/// </summary>
public sealed record CredentialProfile(string Name, string Kind, string File)
{
    public string? AccessKeyId { get; init; }

    public string? AccessKeySecret { get; init; }

    public string? SecurityToken { get; init; }

    public string? RoleArn { get; init; }

    public string? RoleSessionName { get; init; }

    public string? RoleName { get; init; }

    public string? SourceProfile { get; init; }

    public string? StsRegion { get; init; }

    public string? RegionId { get; init; }

    public string? Policy { get; init; }

    public string? ExternalId { get; init; }

    public int? DurationSeconds { get; init; }

    public override string ToString() => $"profile '{Name}' ({Kind}) in {File}";
}
