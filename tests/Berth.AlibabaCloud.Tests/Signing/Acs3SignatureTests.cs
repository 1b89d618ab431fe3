using Berth.AlibabaCloud.Signing;

namespace Berth.AlibabaCloud.Tests.Signing;

/// <summary>The official ECS RunInstances "fixed parameter example" (spec §2.5).</summary>
public sealed class Acs3SignatureTests
{
    internal static readonly KeyValuePair<string, string>[] VectorQuery =
    [
        new("RegionId", "cn-shanghai"),
        new("ImageId", "win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd"),
    ];

    private static readonly KeyValuePair<string, string>[] VectorHeaders =
    [
        new("x-acs-version", "2014-05-26"),
        new("host", "ecs.cn-shanghai.aliyuncs.com"),
        new("x-acs-action", "RunInstances"),
        new("x-acs-date", "2023-10-26T10:22:32Z"),
        new("x-acs-signature-nonce", "3156853299f313e23d1673dc12e1703d"),
        new("x-acs-content-sha256", Acs3Signature.EmptyPayloadHash),
        new("user-agent", "not signed"),
    ];

    internal const string ExpectedCanonicalRequest =
        "POST\n/\nImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai\n"
        + "host:ecs.cn-shanghai.aliyuncs.com\nx-acs-action:RunInstances\n"
        + "x-acs-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n"
        + "x-acs-date:2023-10-26T10:22:32Z\nx-acs-signature-nonce:3156853299f313e23d1673dc12e1703d\nx-acs-version:2014-05-26\n\n"
        + "host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version\n"
        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    internal const string ExpectedSignature = "06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0";

    [Fact]
    public void Hashes_an_empty_payload_as_documented() =>
        Assert.Equal(Acs3Signature.EmptyPayloadHash, Acs3Signature.HashPayload([]));

    [Fact]
    public void Builds_the_documented_canonical_request() =>
        Assert.Equal(ExpectedCanonicalRequest,
            Acs3Signature.CanonicalRequest("POST", "/", VectorQuery, VectorHeaders, Acs3Signature.EmptyPayloadHash));

    [Fact]
    public void Builds_the_documented_string_to_sign() =>
        Assert.Equal("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259",
            Acs3Signature.StringToSign(ExpectedCanonicalRequest));

    [Fact]
    public void Produces_the_documented_signature() =>
        Assert.Equal(ExpectedSignature, Acs3Signature.Sign("YourAccessKeySecret", Acs3Signature.StringToSign(ExpectedCanonicalRequest)));

    [Fact]
    public void Joins_repeated_header_values_sorted_and_trimmed()
    {
        var headers = Acs3Signature.CanonicalHeaders([new("X-Acs-B", " 2 "), new("x-acs-b", "1"), new("Host", "h"), new("accept", "x")]);
        Assert.Equal([new("host", "h"), new("x-acs-b", "1,2")], headers);
    }

    [Fact]
    public void Writes_an_empty_query_as_an_empty_line()
    {
        var canonical = Acs3Signature.CanonicalRequest("GET", "/tokens", [], [new("host", "cr.cn-hangzhou.aliyuncs.com")], Acs3Signature.EmptyPayloadHash);
        Assert.StartsWith("GET\n/tokens\n\nhost:cr.cn-hangzhou.aliyuncs.com\n\nhost\n", canonical, StringComparison.Ordinal);
    }
}
