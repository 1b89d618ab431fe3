namespace Berth.AlibabaCloud.Credentials;

/// <summary>
/// An AccessKey pair, optionally with an STS security token. ToString never shows the secret or the
/// token, so a credential that ends up in a log or an exception message leaks nothing.
/// </summary>
public sealed record CloudCredentials(
    string AccessKeyId,
    string AccessKeySecret,
    string? SecurityToken = null,
    DateTimeOffset? Expiration = null)
{
    /// <summary>Where these credentials came from, for messages ("environment variables", "profile 'dev' in ~/.aliyun/config.json").</summary>
    public string Source { get; init; } = "explicit credentials";

    public bool IsTemporary => SecurityToken is not null;

    public override string ToString() =>
        $"CloudCredentials {{ AccessKeyId = {AccessKeyId}, AccessKeySecret = ***, SecurityToken = {(SecurityToken is null ? "none" : "***")}, Source = {Source} }}";
}
