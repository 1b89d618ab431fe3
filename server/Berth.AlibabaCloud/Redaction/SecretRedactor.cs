using System.Text.RegularExpressions;

namespace Berth.AlibabaCloud.Redaction;

/// <summary>
/// The one place that removes secrets from text bound for logs, progress, dry-run output and error
/// messages. Known secrets (AccessKey secrets, STS tokens, registry passwords) are registered as soon
/// as they are read and replaced wherever they appear; well-known secret shapes (Authorization
/// headers, "AccessKeySecret": "...", --password values) are masked even when nobody registered them.
/// </summary>
public sealed partial class SecretRedactor
{
    public const string Mask = "****";

    /// <summary>Shorter values are not treated as secrets: masking "ab" everywhere would garble text.</summary>
    public const int MinimumSecretLength = 4;

    private readonly Lock _gate = new();
    private string[] _secrets = [];

    /// <summary>The process-wide redactor every Berth component registers its secrets with.</summary>
    public static SecretRedactor Shared { get; } = new();

    public void Register(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < MinimumSecretLength)
        {
            return;
        }
        lock (_gate)
        {
            if (!_secrets.Contains(secret, StringComparer.Ordinal))
            {
                // Longest first, so a secret that contains another is masked whole.
                _secrets = [.. _secrets.Append(secret).OrderByDescending(s => s.Length)];
            }
        }
    }

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var result = text;
        foreach (var secret in Volatile.Read(ref _secrets))
        {
            result = result.Replace(secret, Mask, StringComparison.Ordinal);
        }
        result = AuthorizationPattern().Replace(result, m => m.Groups[1].Value + Mask);
        result = JsonSecretPattern().Replace(result, m => m.Groups[1].Value + Mask + "\"");
        result = AssignmentSecretPattern().Replace(result, m => m.Groups[1].Value + Mask);
        return result;
    }

    [GeneratedRegex(@"(Authorization:\s*\S+\s+)[^\r\n]+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorizationPattern();

    [GeneratedRegex(@"(""(?:AccessKeySecret|access_key_secret|SecurityToken|sts_token|AuthorizationToken|authorizationToken|password|Password)""\s*:\s*"")(?:[^""\\]|\\.)*""")]
    private static partial Regex JsonSecretPattern();

    [GeneratedRegex(@"((?:--password|AccessKeySecret|access_key_secret|SecurityToken|Signature|ALIBABA_CLOUD_ACCESS_KEY_SECRET|ALIBABA_CLOUD_SECURITY_TOKEN)[ =])[^\s&""']+")]
    private static partial Regex AssignmentSecretPattern();
}
