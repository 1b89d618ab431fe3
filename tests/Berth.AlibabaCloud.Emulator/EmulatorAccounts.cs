using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Berth.AlibabaCloud.Emulator;

/// <summary>An AccessKey the emulator knows; temporary ones carry their STS token and expiry.</summary>
public sealed record EmulatedKey(string AccessKeyId, string AccessKeySecret, string? SecurityToken, DateTimeOffset? Expiration);

/// <summary>The AccessKeys the emulator accepts: long-term ones the test adds, and the STS ones it issues.</summary>
public sealed class EmulatorAccounts
{
    private readonly ConcurrentDictionary<string, EmulatedKey> _keys = new(StringComparer.Ordinal);

    public void AddAccessKey(string accessKeyId, string accessKeySecret) =>
        _keys[accessKeyId] = new EmulatedKey(accessKeyId, accessKeySecret, null, null);

    public EmulatedKey IssueTemporary(DateTimeOffset now, TimeSpan lifetime)
    {
        var key = new EmulatedKey(
            "STS." + RandomText(16),
            RandomText(30),
            "CAIS" + RandomText(60),
            now + lifetime);
        _keys[key.AccessKeyId] = key;
        return key;
    }

    /// <summary>Ends a temporary key's validity now, to test what clients do with an expired token.</summary>
    public void Expire(string accessKeyId, DateTimeOffset now)
    {
        if (_keys.TryGetValue(accessKeyId, out var key))
        {
            _keys[accessKeyId] = key with { Expiration = now.AddSeconds(-1) };
        }
    }

    public EmulatedKey? Find(string accessKeyId) => _keys.TryGetValue(accessKeyId, out var key) ? key : null;

    private static string RandomText(int length) =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
}
