namespace Berth.AlibabaCloud.OpenApi;

/// <summary>Settings of an OpenApiClient. Time and randomness are injected so tests are deterministic.</summary>
public sealed record OpenApiClientOptions
{
    /// <summary>The region every call goes to (also picks the endpoint).</summary>
    public string? RegionId { get; init; }

    public SignatureVersion SignatureVersion { get; init; } = SignatureVersion.V3;

    public RetryPolicy Retry { get; init; } = new();

    /// <summary>Longest wait for one attempt's complete answer.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Source of jitter, a value in [0, 1).</summary>
    public Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    /// <summary>Source of signature nonces: must differ on every attempt.</summary>
    public Func<string> NonceFactory { get; init; } = () => Guid.NewGuid().ToString("N");

    public string UserAgent { get; init; } = "berth";
}
