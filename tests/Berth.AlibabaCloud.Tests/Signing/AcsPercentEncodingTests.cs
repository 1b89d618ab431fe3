using Berth.AlibabaCloud.Signing;

namespace Berth.AlibabaCloud.Tests.Signing;

public sealed class AcsPercentEncodingTests
{
    [Theory]
    [InlineData("abcXYZ019-_.~", "abcXYZ019-_.~")]
    [InlineData("a b", "a%20b")]
    [InlineData("*", "%2A")]
    [InlineData("\"", "%22")]
    [InlineData("é", "%C3%A9")]
    [InlineData("2016-02-23T12:46:24Z", "2016-02-23T12%3A46%3A24Z")]
    [InlineData("a+b=c&d/e", "a%2Bb%3Dc%26d%2Fe")]
    [InlineData("日本", "%E6%97%A5%E6%9C%AC")]
    [InlineData("😀", "%F0%9F%98%80")]
    [InlineData("", "")]
    public void Encodes_exactly_as_the_signature_spec_requires(string input, string expected) =>
        Assert.Equal(expected, AcsPercentEncoding.Encode(input));

    [Theory]
    [InlineData("", "/")]
    [InlineData("/", "/")]
    [InlineData("/tokens", "/tokens")]
    [InlineData("/repos/a b/c", "/repos/a%20b/c")]
    public void Encodes_paths_segment_by_segment(string path, string expected) =>
        Assert.Equal(expected, AcsPercentEncoding.EncodePath(path));
}
