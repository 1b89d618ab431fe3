using Berth.AlibabaCloud.Redaction;

namespace Berth.Workspace.Cloud;

/// <summary>Where an Alibaba Cloud action gets its credentials, region and endpoints from.</summary>
public sealed record AlibabaCloudSessionOptions
{
    /// <summary>A profile asked for explicitly (--profile): it wins over environment keys.</summary>
    public string? RequestedProfile { get; init; }

    /// <summary>The profile to use when neither the environment nor the manifest names one (the editor's berth.alibabaCloud.profile).</summary>
    public string? FallbackProfile { get; init; }

    /// <summary>The region to use when the manifest names none, before the profile's own (the editor's berth.alibabaCloud.region).</summary>
    public string? FallbackRegion { get; init; }

    /// <summary>Environment variables: access keys, BERTH_*_ENDPOINT overrides, HOME for the profile files.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public SecretRedactor Redactor { get; init; } = SecretRedactor.Shared;

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
