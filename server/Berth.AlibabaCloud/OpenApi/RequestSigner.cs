using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Signing;

namespace Berth.AlibabaCloud.OpenApi;

/// <summary>
/// Turns an OpenApiRequest into a signed HttpRequestMessage for one attempt. Called again for every
/// retry, so each attempt carries a fresh date and nonce (the service rejects a reused nonce).
/// </summary>
public static class RequestSigner
{
    public const string FormContentType = "application/x-www-form-urlencoded";

    public static HttpRequestMessage Sign(
        OpenApiRequest request,
        Uri baseUri,
        CloudCredentials credentials,
        DateTimeOffset now,
        string nonce,
        SignatureVersion version)
    {
        var timestamp = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var body = request.FormBody.Count == 0 ? [] : Encoding.UTF8.GetBytes(EncodePairs(request.FormBody));
        return version == SignatureVersion.V1 && request.Style == ApiStyle.Rpc
            ? SignV1(request, baseUri, credentials, timestamp, nonce, body)
            : SignV3(request, baseUri, credentials, timestamp, nonce, body);
    }

    private static HttpRequestMessage SignV3(
        OpenApiRequest request, Uri baseUri, CloudCredentials credentials, string timestamp, string nonce, byte[] body)
    {
        var payloadHash = Acs3Signature.HashPayload(body);
        var headers = new List<KeyValuePair<string, string>>
        {
            new("host", HostHeader(baseUri)),
            new("x-acs-action", request.Action),
            new("x-acs-version", request.Version),
            new("x-acs-date", timestamp),
            new("x-acs-signature-nonce", nonce),
            new("x-acs-content-sha256", payloadHash),
        };
        if (credentials.SecurityToken is { } token)
        {
            headers.Add(new("x-acs-security-token", token));
            headers.Add(new("x-acs-accesskey-id", credentials.AccessKeyId));
        }
        if (body.Length > 0)
        {
            headers.Add(new("content-type", FormContentType));
        }

        var canonical = Acs3Signature.CanonicalRequest(request.Method.Method, request.Path, request.Query, headers, payloadHash);
        var signature = Acs3Signature.Sign(credentials.AccessKeySecret, Acs3Signature.StringToSign(canonical));
        var signedHeaders = Acs3Signature.SignedHeaders(Acs3Signature.CanonicalHeaders(headers));

        var message = new HttpRequestMessage(request.Method, BuildUri(baseUri, request.Path, request.Query));
        foreach (var header in headers.Where(h => h.Key is not ("host" or "content-type")))
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        message.Headers.TryAddWithoutValidation("Authorization", Acs3Signature.AuthorizationHeader(credentials.AccessKeyId, signedHeaders, signature));
        AddCommonHeaders(message, body);
        return message;
    }

    private static HttpRequestMessage SignV1(
        OpenApiRequest request, Uri baseUri, CloudCredentials credentials, string timestamp, string nonce, byte[] body)
    {
        var query = new List<KeyValuePair<string, string>>(request.Query)
        {
            new("Action", request.Action),
            new("Version", request.Version),
            new("Format", "JSON"),
            new("AccessKeyId", credentials.AccessKeyId),
            new("SignatureMethod", RpcSignatureV1.MethodName),
            new("SignatureVersion", RpcSignatureV1.Version),
            new("SignatureNonce", nonce),
            new("Timestamp", timestamp),
        };
        if (credentials.SecurityToken is { } token)
        {
            query.Add(new("SecurityToken", token));
        }
        // Form-body parameters are signed together with the query ones.
        var stringToSign = RpcSignatureV1.StringToSign(request.Method.Method, query.Concat(request.FormBody));
        query.Add(new("Signature", RpcSignatureV1.Sign(credentials.AccessKeySecret, stringToSign)));

        var message = new HttpRequestMessage(request.Method, BuildUri(baseUri, "/", query));
        AddCommonHeaders(message, body);
        return message;
    }

    private static void AddCommonHeaders(HttpRequestMessage message, byte[] body)
    {
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (body.Length > 0)
        {
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(FormContentType);
        }
    }

    /// <summary>The Host header HttpClient will send: the port only when it is not the scheme's default.</summary>
    public static string HostHeader(Uri baseUri) => baseUri.IsDefaultPort ? baseUri.Host : baseUri.Authority;

    public static string EncodePairs(IEnumerable<KeyValuePair<string, string>> pairs) =>
        string.Join('&', pairs.Select(p => AcsPercentEncoding.Encode(p.Key) + "=" + AcsPercentEncoding.Encode(p.Value)));

    private static Uri BuildUri(Uri baseUri, string path, IEnumerable<KeyValuePair<string, string>> query)
    {
        var text = $"{baseUri.Scheme}://{baseUri.Authority}{AcsPercentEncoding.EncodePath(path)}";
        var encoded = EncodePairs(query);
        if (encoded.Length > 0)
        {
            text += "?" + encoded;
        }
        return new Uri(text);
    }
}
