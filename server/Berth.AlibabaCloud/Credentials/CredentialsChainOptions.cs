using Berth.AlibabaCloud.Endpoints;
using Berth.AlibabaCloud.Redaction;

namespace Berth.AlibabaCloud.Credentials;

/// <summary>Inputs of the credentials chain; everything that touches the outside world is injectable.</summary>
public sealed record CredentialsChainOptions(HttpClient Http)
{
    public CredentialsEnvironment Environment { get; init; } = CredentialsEnvironment.Current;

    /// <summary>A profile asked for on the command line (--profile): it wins over environment keys.</summary>
    public string? RequestedProfile { get; init; }

    /// <summary>The manifest's profile: which file profile to use when the environment has no keys.</summary>
    public string? ManifestProfile { get; init; }

    /// <summary>Resolves the STS endpoint for RamRoleArn profiles (BERTH_STS_ENDPOINT applies).</summary>
    public EndpointResolver Endpoints { get; init; } = new();

    public Uri MetadataEndpoint { get; init; } = EcsMetadataClient.DefaultEndpoint;

    public TimeSpan MetadataTimeout { get; init; } = TimeSpan.FromSeconds(1);

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public SecretRedactor Redactor { get; init; } = SecretRedactor.Shared;
}
