using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Redaction;

namespace Berth.AlibabaCloud.Tests.Redaction;

public sealed class SecretRedactorTests
{
    [Fact]
    public void Masks_every_occurrence_of_a_registered_secret()
    {
        var redactor = new SecretRedactor();
        redactor.Register("s3cr3t-value");
        Assert.Equal("a **** b ****", redactor.Redact("a s3cr3t-value b s3cr3t-value"));
    }

    [Fact]
    public void Masks_the_longer_of_two_overlapping_secrets_whole()
    {
        var redactor = new SecretRedactor();
        redactor.Register("abcd");
        redactor.Register("abcdefgh");
        Assert.Equal("x **** y", redactor.Redact("x abcdefgh y"));
    }

    [Fact]
    public void Ignores_values_too_short_to_be_secrets()
    {
        var redactor = new SecretRedactor();
        redactor.Register("ab");
        redactor.Register(null);
        redactor.Register("");
        Assert.Equal("about a tab", redactor.Redact("about a tab"));
    }

    [Theory]
    [InlineData("Authorization: ACS3-HMAC-SHA256 Credential=LTAI,Signature=abc", "Authorization: ACS3-HMAC-SHA256 ****")]
    [InlineData("{\"AccessKeySecret\": \"abc\\\"def\", \"x\": 1}", "{\"AccessKeySecret\": \"****\", \"x\": 1}")]
    [InlineData("{\"authorizationToken\":\"tok\"}", "{\"authorizationToken\":\"****\"}")]
    [InlineData("docker login --password hunter2 host", "docker login --password **** host")]
    [InlineData("GET /?Action=X&Signature=abc%3D&Foo=1", "GET /?Action=X&Signature=****&Foo=1")]
    [InlineData("ALIBABA_CLOUD_ACCESS_KEY_SECRET=xyz123 berth deploy", "ALIBABA_CLOUD_ACCESS_KEY_SECRET=**** berth deploy")]
    public void Masks_well_known_secret_shapes_even_when_unregistered(string input, string expected) =>
        Assert.Equal(expected, new SecretRedactor().Redact(input));

    [Fact]
    public void Leaves_ordinary_text_alone() =>
        Assert.Equal("Pushed registry.cn-hangzhou.aliyuncs.com/ns/app:1", new SecretRedactor().Redact("Pushed registry.cn-hangzhou.aliyuncs.com/ns/app:1"));

    [Fact]
    public void Credentials_never_print_their_secret_or_token()
    {
        var text = new CloudCredentials("LTAIid", "the-secret", "the-token").ToString();
        Assert.Contains("LTAIid", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the-secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("the-token", text, StringComparison.Ordinal);
    }
}
