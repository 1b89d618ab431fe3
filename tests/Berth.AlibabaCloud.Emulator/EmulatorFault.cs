namespace Berth.AlibabaCloud.Emulator;

/// <summary>What the emulator does instead of answering normally.</summary>
public enum EmulatorFaultKind
{
    /// <summary>HTTP 400 Throttling.User (with x-acs-retry-after when RetryAfterMilliseconds is set).</summary>
    Throttle,

    /// <summary>HTTP 503 ServiceUnavailable.</summary>
    ServerError,

    /// <summary>Never answers (until the client gives up, or a minute passes).</summary>
    Hang,

    /// <summary>HTTP 200 with IsSuccess=false, as CR Enterprise does.</summary>
    IsSuccessFalse,
}

/// <summary>A fault the emulator applies to the next matching request(s).</summary>
public sealed record EmulatorFault(EmulatorFaultKind Kind, string? Action = null, int Times = 1)
{
    public int? RetryAfterMilliseconds { get; init; }
}
