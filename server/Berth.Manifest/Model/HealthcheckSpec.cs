namespace Berth.Manifest.Model;

/// <summary>How to tell that a container is healthy: an HTTP URL or a command, with timings.</summary>
public sealed record HealthcheckSpec(
    Uri? Http,
    CommandLine? Command,
    TimeSpan Interval,
    TimeSpan Timeout,
    TimeSpan StartPeriod,
    int Retries)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);
    public const int DefaultRetries = 3;
}
