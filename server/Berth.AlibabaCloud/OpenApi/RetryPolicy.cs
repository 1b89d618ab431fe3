namespace Berth.AlibabaCloud.OpenApi;

/// <summary>
/// How the client retries transient failures: exponential backoff from BaseDelay, doubled per
/// attempt up to MaxDelay, with "equal jitter" (half fixed, half random) so that many clients
/// throttled together do not retry together. A service-given x-acs-retry-after wins over the
/// computed delay (capped at MaxRetryAfter). No retry starts once MaxTotalTime would be exceeded.
/// </summary>
public sealed record RetryPolicy
{
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(120);

    public TimeSpan MaxTotalTime { get; init; } = TimeSpan.FromSeconds(60);

    public static RetryPolicy None { get; } = new() { MaxAttempts = 1 };

    /// <summary>The wait before attempt number <paramref name="failedAttempt"/> + 1.</summary>
    public TimeSpan DelayBefore(int failedAttempt, TimeSpan? retryAfter, double random)
    {
        if (retryAfter is { } serviceDelay && serviceDelay > TimeSpan.Zero)
        {
            return serviceDelay < MaxRetryAfter ? serviceDelay : MaxRetryAfter;
        }
        var exponent = Math.Min(failedAttempt - 1, 30);
        var ceiling = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxDelay.TotalMilliseconds);
        var half = ceiling / 2;
        return TimeSpan.FromMilliseconds(half + (half * Math.Clamp(random, 0, 1)));
    }
}
