using System.Security.Cryptography;
using System.Text;

namespace Berth.AlibabaCloud.Signing;

/// <summary>
/// Signature V3 (<c>ACS3-HMAC-SHA256</c>): a canonical request of method, path, sorted query,
/// the signed headers (host, content-type, x-acs-*) and the body hash; its SHA-256 is signed with
/// HMAC-SHA256 keyed by the bare secret. Works for RPC and ROA alike.
/// </summary>
public static class Acs3Signature
{
    public const string Algorithm = "ACS3-HMAC-SHA256";

    /// <summary>SHA-256 of zero bytes, the payload hash of every request without a body.</summary>
    public const string EmptyPayloadHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    public static string HashPayload(ReadOnlySpan<byte> body) => Convert.ToHexStringLower(SHA256.HashData(body));

    public static bool IsSignedHeader(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower == "host" || lower == "content-type" || lower.StartsWith("x-acs-", StringComparison.Ordinal);
    }

    public static string CanonicalQueryString(IEnumerable<KeyValuePair<string, string>> query) =>
        string.Join('&', query
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => AcsPercentEncoding.Encode(p.Key) + "=" + AcsPercentEncoding.Encode(p.Value)));

    /// <summary>The signed headers (lower-case names, trimmed values, sorted) as name/value pairs.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> CanonicalHeaders(IEnumerable<KeyValuePair<string, string>> headers) =>
        headers
            .Where(h => IsSignedHeader(h.Key))
            .GroupBy(h => h.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, string>(g.Key,
                string.Join(',', g.Select(h => h.Value.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))))
            .ToList();

    public static string CanonicalRequest(
        string httpMethod,
        string path,
        IEnumerable<KeyValuePair<string, string>> query,
        IEnumerable<KeyValuePair<string, string>> headers,
        string payloadHash)
    {
        var canonicalHeaders = CanonicalHeaders(headers);
        var builder = new StringBuilder();
        builder.Append(httpMethod.ToUpperInvariant()).Append('\n');
        builder.Append(AcsPercentEncoding.EncodePath(path)).Append('\n');
        builder.Append(CanonicalQueryString(query)).Append('\n');
        foreach (var header in canonicalHeaders)
        {
            builder.Append(header.Key).Append(':').Append(header.Value).Append('\n');
        }
        builder.Append('\n');
        builder.Append(SignedHeaders(canonicalHeaders)).Append('\n');
        builder.Append(payloadHash);
        return builder.ToString();
    }

    public static string SignedHeaders(IEnumerable<KeyValuePair<string, string>> canonicalHeaders) =>
        string.Join(';', canonicalHeaders.Select(h => h.Key));

    public static string StringToSign(string canonicalRequest) =>
        Algorithm + "\n" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)));

    public static string Sign(string accessKeySecret, string stringToSign)
    {
        ArgumentNullException.ThrowIfNull(accessKeySecret);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(accessKeySecret), Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToHexStringLower(mac);
    }

    public static string AuthorizationHeader(string accessKeyId, string signedHeaders, string signature) =>
        $"{Algorithm} Credential={accessKeyId},SignedHeaders={signedHeaders},Signature={signature}";
}
