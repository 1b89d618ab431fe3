using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Endpoints;
using Berth.AlibabaCloud.OpenApi;
using Berth.AlibabaCloud.Signing;
using Berth.AlibabaCloud.Tests.Signing;

namespace Berth.AlibabaCloud.Tests.OpenApi;

public sealed class RequestSignerTests
{
    private static readonly DateTimeOffset VectorTime = new(2023, 10, 26, 10, 22, 32, TimeSpan.Zero);

    [Fact]
    public void Signs_an_rpc_request_with_v3_exactly_like_the_documented_example()
    {
        var request = new OpenApiRequest(CloudProduct.Ecs, "RunInstances", "2014-05-26") { Query = Acs3SignatureTests.VectorQuery };
        using var message = RequestSigner.Sign(request, new Uri("https://ecs.cn-shanghai.aliyuncs.com/"),
            new CloudCredentials("YourAccessKeyId", "YourAccessKeySecret"), VectorTime, "3156853299f313e23d1673dc12e1703d", SignatureVersion.V3);

        Assert.Equal(HttpMethod.Post, message.Method);
        Assert.Equal("https://ecs.cn-shanghai.aliyuncs.com/?RegionId=cn-shanghai&ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd",
            message.RequestUri!.AbsoluteUri);
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature="
            + Acs3SignatureTests.ExpectedSignature,
            message.Headers.GetValues("Authorization").Single());
        Assert.Null(message.Content);
    }

    [Fact]
    public void Sends_the_security_token_and_signs_it_with_v3()
    {
        var request = new OpenApiRequest(CloudProduct.Ecs, "DescribeInstances", "2014-05-26");
        using var message = RequestSigner.Sign(request, new Uri("https://ecs.cn-shanghai.aliyuncs.com/"),
            new CloudCredentials("STS.id", "secret", "token-value"), VectorTime, "n1", SignatureVersion.V3);

        Assert.Equal("token-value", message.Headers.GetValues("x-acs-security-token").Single());
        Assert.Contains("x-acs-accesskey-id;x-acs-action", message.Headers.GetValues("Authorization").Single(), StringComparison.Ordinal);
        Assert.Contains("x-acs-security-token", message.Headers.GetValues("Authorization").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Puts_form_parameters_in_a_hashed_body()
    {
        var request = new OpenApiRequest(CloudProduct.Ecs, "RunCommand", "2014-05-26") { FormBody = [new("CommandContent", "echo a b")] };
        using var message = RequestSigner.Sign(request, new Uri("http://127.0.0.1:5000/"),
            new CloudCredentials("id", "secret"), VectorTime, "n1", SignatureVersion.V3);

        var body = await message.Content!.ReadAsStringAsync();
        Assert.Equal("CommandContent=echo%20a%20b", body);
        Assert.Equal(Acs3Signature.HashPayload(System.Text.Encoding.UTF8.GetBytes(body)), message.Headers.GetValues("x-acs-content-sha256").Single());
        Assert.Equal("application/x-www-form-urlencoded", message.Content.Headers.ContentType!.ToString());
        Assert.Contains("content-type;host;", message.Headers.GetValues("Authorization").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void Signs_an_rpc_request_with_v1_in_the_query()
    {
        var request = new OpenApiRequest(CloudProduct.Ecs, "DescribeRegions", "2014-05-26") { Method = HttpMethod.Get };
        using var message = RequestSigner.Sign(request, new Uri("https://ecs.aliyuncs.com/"),
            new CloudCredentials("testid", "testsecret"), VectorTime, "nonce-1", SignatureVersion.V1);

        var query = message.RequestUri!.Query.TrimStart('?').Split('&')
            .Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        Assert.Equal("DescribeRegions", query["Action"]);
        Assert.Equal("2023-10-26T10:22:32Z", query["Timestamp"]);
        Assert.Equal("HMAC-SHA1", query["SignatureMethod"]);
        var expected = RpcSignatureV1.Sign("testsecret", RpcSignatureV1.StringToSign("GET", query.Where(p => p.Key != "Signature")));
        Assert.Equal(expected, query["Signature"]);
        Assert.False(message.Headers.Contains("Authorization"));
    }

    [Fact]
    public void Keeps_the_port_in_the_signed_host_only_when_it_is_not_the_default()
    {
        Assert.Equal("ecs.cn-shanghai.aliyuncs.com", RequestSigner.HostHeader(new Uri("https://ecs.cn-shanghai.aliyuncs.com/")));
        Assert.Equal("127.0.0.1:5000", RequestSigner.HostHeader(new Uri("http://127.0.0.1:5000/")));
    }
}
