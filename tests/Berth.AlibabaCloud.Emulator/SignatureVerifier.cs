using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Berth.AlibabaCloud.Emulator;

/// <summary>
/// Checks a request's signature the way the service does, with an implementation of its own
/// (written from the spec, sharing no code with the client's signer, and encoding with
/// Uri.EscapeDataString rather than the client's byte loop) so a shared bug cannot hide.
/// </summary>
public sealed class SignatureVerifier(EmulatorAccounts accounts, TimeProvider time)
{
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, byte> _usedNonces = new(StringComparer.Ordinal);

    /// <summary>Returns the request with its action, version, key and nonce filled in; throws ServiceError when the service would refuse it.</summary>
    public EmulatedRequest Verify(EmulatedRequest request)
    {
        var authorization = request.Header("authorization");
        if (authorization is not null && authorization.StartsWith("ACS3-HMAC-SHA256 ", StringComparison.Ordinal))
        {
            return VerifyV3(request, authorization);
        }
        if (request.Parameter("Signature") is not null)
        {
            return VerifyV1(request);
        }
        throw new ServiceError(400, "MissingSignature", "Signature is mandatory for this action.");
    }

    private EmulatedRequest VerifyV3(EmulatedRequest request, string authorization)
    {
        var fields = authorization["ACS3-HMAC-SHA256 ".Length..].Split(',')
            .Select(part => part.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        if (!fields.TryGetValue("Credential", out var accessKeyId) || !fields.TryGetValue("SignedHeaders", out var signedHeaders)
            || !fields.TryGetValue("Signature", out var signature))
        {
            throw new ServiceError(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
        }

        var key = FindKey(accessKeyId);
        var date = request.Header("x-acs-date") ?? throw new ServiceError(400, "MissingTimestamp", "x-acs-date is mandatory.");
        CheckDate(date);
        CheckToken(key, request.Header("x-acs-security-token"));

        var payloadHash = Hex(SHA256.HashData(request.Body));
        if (request.Header("x-acs-content-sha256") != payloadHash)
        {
            throw new ServiceError(400, "SignatureDoesNotMatch", "The request body does not match x-acs-content-sha256.");
        }

        var names = signedHeaders.Split(';');
        foreach (var required in new[] { "host", "x-acs-action", "x-acs-version", "x-acs-date", "x-acs-content-sha256" })
        {
            if (!names.Contains(required))
            {
                throw new ServiceError(400, "IncompleteSignature", $"The header {required} must be signed.");
            }
        }
        var unsignedAcs = request.Headers.Keys.Where(h => h.StartsWith("x-acs-", StringComparison.Ordinal) && !names.Contains(h)).ToList();
        if (unsignedAcs.Count > 0)
        {
            throw new ServiceError(400, "IncompleteSignature", $"The header {unsignedAcs[0]} must be signed.");
        }

        var canonical = new StringBuilder();
        canonical.Append(request.Method).Append('\n');
        canonical.Append(string.Join('/', request.RawPath.Split('/').Select(s => Encode(Uri.UnescapeDataString(s))))).Append('\n');
        canonical.Append(string.Join('&', request.QueryParameters
            .Select(p => (Name: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value))).Append('\n');
        foreach (var name in names)
        {
            canonical.Append(name).Append(':').Append((request.Header(name) ?? "").Trim()).Append('\n');
        }
        canonical.Append('\n').Append(signedHeaders).Append('\n').Append(payloadHash);

        var stringToSign = "ACS3-HMAC-SHA256\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
        var expected = Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key.AccessKeySecret), Encoding.UTF8.GetBytes(stringToSign)));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature)))
        {
            throw new ServiceError(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
        }

        var nonce = request.Header("x-acs-signature-nonce");
        UseNonce(nonce);
        return request with
        {
            Action = request.Header("x-acs-action"),
            Version = request.Header("x-acs-version"),
            AccessKeyId = accessKeyId,
            SignatureNonce = nonce,
            SignatureKind = "V3",
        };
    }

    private EmulatedRequest VerifyV1(EmulatedRequest request)
    {
        if (request.Parameter("SignatureMethod") != "HMAC-SHA1")
        {
            throw new ServiceError(400, "InvalidSignatureMethod", "Specified signature method is not supported.");
        }
        var accessKeyId = request.Parameter("AccessKeyId") ?? throw ServiceError.Missing("AccessKeyId");
        var key = FindKey(accessKeyId);
        CheckDate(request.Parameter("Timestamp") ?? throw new ServiceError(400, "IllegalTimestamp", "Timestamp is mandatory."));
        CheckToken(key, request.Parameter("SecurityToken"));

        var canonical = string.Join('&', request.QueryParameters.Concat(request.FormParameters)
            .Where(p => p.Key != "Signature")
            .Select(p => (Name: Encode(p.Key), Value: Encode(p.Value)))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => p.Name + "=" + p.Value));
        var stringToSign = request.Method + "&%2F&" + Encode(canonical);
        var expected = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(key.AccessKeySecret + "&"), Encoding.UTF8.GetBytes(stringToSign)));
        if (expected != request.Parameter("Signature"))
        {
            throw new ServiceError(400, "SignatureDoesNotMatch", "Specified signature is not matched with our calculation.");
        }

        var nonce = request.Parameter("SignatureNonce") ?? throw ServiceError.Missing("SignatureNonce");
        UseNonce(nonce);
        return request with
        {
            Action = request.Parameter("Action"),
            Version = request.Parameter("Version"),
            AccessKeyId = accessKeyId,
            SignatureNonce = nonce,
            SignatureKind = "V1",
        };
    }

    private EmulatedKey FindKey(string accessKeyId) =>
        accounts.Find(accessKeyId) ?? throw new ServiceError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");

    private void CheckToken(EmulatedKey key, string? token)
    {
        if (key.SecurityToken is null)
        {
            return;
        }
        if (token is null || token != key.SecurityToken)
        {
            throw new ServiceError(400, "InvalidSecurityToken.MismatchWithAccessKey", "The security token you provided does not match the access key.");
        }
        if (key.Expiration <= time.GetUtcNow())
        {
            throw new ServiceError(400, "InvalidSecurityToken.Expired", "Specified SecurityToken is expired.");
        }
    }

    private void CheckDate(string value)
    {
        if (!DateTimeOffset.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
        {
            throw new ServiceError(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        if ((date - time.GetUtcNow()).Duration() > AllowedSkew)
        {
            throw new ServiceError(400, "InvalidTimeStamp.Expired", "Specified time stamp or date value is expired.");
        }
    }

    private void UseNonce(string? nonce)
    {
        if (string.IsNullOrEmpty(nonce))
        {
            return;
        }
        if (!_usedNonces.TryAdd(nonce, 0))
        {
            throw new ServiceError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
    }

    private static string Encode(string value) => Uri.EscapeDataString(value);

    private static string Hex(byte[] bytes) => string.Concat(bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
}
