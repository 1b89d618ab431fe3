namespace Berth.AlibabaCloud.OpenApi;

/// <summary>Which signature the client sends.</summary>
public enum SignatureVersion
{
    /// <summary>ACS3-HMAC-SHA256 in the Authorization header: what the current official SDKs send.</summary>
    V3,

    /// <summary>HMAC-SHA1 in the query (SignatureVersion=1.0), for RPC APIs; ROA requests still use V3.</summary>
    V1,
}
