using Berth.AlibabaCloud.Signing;

namespace Berth.AlibabaCloud.Tests.Signing;

/// <summary>The official ECS DescribeRegions example (spec §1.6).</summary>
public sealed class RpcSignatureV1Tests
{
    private static readonly KeyValuePair<string, string>[] VectorParameters =
    [
        new("Version", "2014-05-26"),
        new("TimeStamp", "2016-02-23T12:46:24Z"),
        new("SignatureVersion", "1.0"),
        new("SignatureNonce", "3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf"),
        new("SignatureMethod", "HMAC-SHA1"),
        new("Format", "XML"),
        new("Action", "DescribeRegions"),
        new("AccessKeyId", "testid"),
    ];

    private const string ExpectedStringToSign =
        "GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeRegions%26Format%3DXML%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D3ee8c1b8-83d3-44af-a94f-4e0ad82fd6cf%26SignatureVersion%3D1.0%26TimeStamp%3D2016-02-23T12%253A46%253A24Z%26Version%3D2014-05-26";

    [Fact]
    public void Builds_the_documented_string_to_sign() =>
        Assert.Equal(ExpectedStringToSign, RpcSignatureV1.StringToSign("GET", VectorParameters));

    [Fact]
    public void Produces_the_documented_signature() =>
        Assert.Equal("CT9X0VtwR86fNWSnsc6v8YGOjuE=", RpcSignatureV1.Sign("testsecret", RpcSignatureV1.StringToSign("GET", VectorParameters)));

    [Fact]
    public void Ignores_an_existing_Signature_parameter()
    {
        var withSignature = VectorParameters.Append(new("Signature", "whatever"));
        Assert.Equal(ExpectedStringToSign, RpcSignatureV1.StringToSign("GET", withSignature));
    }

    [Fact]
    public void Sorts_names_ordinally_with_upper_case_first()
    {
        var canonical = RpcSignatureV1.CanonicalizedQueryString([new("b", "1"), new("B", "2"), new("a", "3")]);
        Assert.Equal("B=2&a=3&b=1", canonical);
    }
}
