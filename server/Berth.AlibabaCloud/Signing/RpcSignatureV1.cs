using System.Security.Cryptography;
using System.Text;

namespace Berth.AlibabaCloud.Signing;

/// <summary>
/// The RPC signature with HMAC-SHA1 (<c>SignatureVersion=1.0</c>; Alibaba's docs call it "V2"):
/// every parameter except Signature, sorted ordinally, encoded, joined, then encoded again behind
/// <c>METHOD&amp;%2F&amp;</c>; the key is the secret followed by '&amp;'.
/// </summary>
public static class RpcSignatureV1
{
    public const string MethodName = "HMAC-SHA1";
    public const string Version = "1.0";

    public static string CanonicalizedQueryString(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var sorted = parameters
            .Where(p => p.Key != "Signature")
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', sorted.Select(p => AcsPercentEncoding.Encode(p.Key) + "=" + AcsPercentEncoding.Encode(p.Value)));
    }

    public static string StringToSign(string httpMethod, IEnumerable<KeyValuePair<string, string>> parameters) =>
        httpMethod.ToUpperInvariant() + "&" + AcsPercentEncoding.Encode("/") + "&"
        + AcsPercentEncoding.Encode(CanonicalizedQueryString(parameters));

    public static string Sign(string accessKeySecret, string stringToSign)
    {
        ArgumentNullException.ThrowIfNull(accessKeySecret);
        var key = Encoding.UTF8.GetBytes(accessKeySecret + "&");
        var mac = HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(stringToSign));
        return Convert.ToBase64String(mac);
    }
}
