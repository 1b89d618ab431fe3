namespace Berth.AlibabaCloud.Emulator;

/// <summary>What a test can check about a request the emulator received (never the secret).</summary>
public sealed record ReceivedCall(string? Action, string? Version, string? AccessKeyId, string? Nonce, string? SignatureKind, int StatusCode, string? ErrorCode);
