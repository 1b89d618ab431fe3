using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

public sealed class JsonManifestReaderTests
{
    [Fact]
    public void Spans_are_utf16_offsets_even_after_multibyte_characters()
    {
        const string text = "{\n  // 部署 🚀 comment\n  \"version\": 1,\n  \"image\": { \"name\": \"app\", \"tag\": \"é\" },\n}";
        var read = JsonManifestReader.Read(text);
        Assert.Empty(read.Diagnostics);
        var image = Assert.IsType<MappingNode>(((MappingNode)read.Root!)["image"]);
        var name = image.Find("name")!;
        Assert.Equal(text.IndexOf("\"name\"", StringComparison.Ordinal), name.Key.Span.Start);
        Assert.Equal(6, name.Key.Span.Length);
        Assert.Equal(text.IndexOf("\"app\"", StringComparison.Ordinal), name.Value.Span.Start);
        Assert.Equal(5, name.Value.Span.Length);
        var tag = image["tag"]!;
        Assert.Equal(text.IndexOf("\"é\"", StringComparison.Ordinal), tag.Span.Start);
        Assert.Equal(3, tag.Span.Length);
        var version = Assert.IsType<ScalarNode>(((MappingNode)read.Root!)["version"]);
        Assert.Equal(ScalarKind.Integer, version.Kind);
        Assert.Equal(text.IndexOf(": 1", StringComparison.Ordinal) + 2, version.Span.Start);
    }

    [Fact]
    public void A_repeated_key_is_reported_on_the_second_key()
    {
        var (text, span) = Marked.Parse("{\"version\": 1, «\"version\"»: 2}");
        var read = JsonManifestReader.Read(text);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(ManifestRuleIds.DuplicateKey, diagnostic.Code);
        Assert.Equal(span, diagnostic.Span);
    }

    [Fact]
    public void A_syntax_error_points_at_the_offending_character()
    {
        var (text, span) = Marked.Parse("{\n  \"version\": 1\n  «\"»image\": {}\n}");
        var read = JsonManifestReader.Read(text);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(ManifestRuleIds.SyntaxError, diagnostic.Code);
        Assert.Equal(span, diagnostic.Span);
        Assert.StartsWith("This JSON can't be read: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1, 2")]
    [InlineData("{\"a\": \"\\u12\"}")]
    [InlineData("{\"a\": tru}")]
    [InlineData("\"🚀")]
    public void Odd_input_never_throws(string text)
    {
        var read = JsonManifestReader.Read(text);
        Assert.All(read.Diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
    }
}
