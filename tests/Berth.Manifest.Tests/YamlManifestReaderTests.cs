using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

public sealed class YamlManifestReaderTests
{
    [Fact]
    public void Keys_and_values_keep_their_exact_spans()
    {
        const string text = "version: 1\nrun:\n  ports:\n    - \"8080:80\"\n";
        var read = YamlManifestReader.Read(text);
        Assert.Empty(read.Diagnostics);
        var root = Assert.IsType<MappingNode>(read.Root);
        var run = Assert.IsType<MappingNode>(root["run"]);
        var portsKey = run.Find("ports")!.Key;
        Assert.Equal(text.IndexOf("ports", StringComparison.Ordinal), portsKey.Span.Start);
        Assert.Equal(5, portsKey.Span.Length);
        var port = Assert.IsType<ScalarNode>(Assert.IsType<SequenceNode>(run["ports"]).Items[0]);
        Assert.Equal("8080:80", port.Value);
        Assert.Equal(ScalarKind.String, port.Kind);
        Assert.Equal(text.IndexOf("\"8080:80\"", StringComparison.Ordinal), port.Span.Start);
        Assert.Equal("\"8080:80\"".Length, port.Span.Length);
    }

    [Fact]
    public void Spans_count_utf16_code_units_after_emoji_and_crlf()
    {
        const string text = "# 部署 🚀\r\nversion: 1\r\nimage:\r\n  name: app\r\n";
        var read = YamlManifestReader.Read(text);
        var image = Assert.IsType<MappingNode>(((MappingNode)read.Root!)["image"]);
        var name = image["name"]!;
        Assert.Equal(text.IndexOf("app", StringComparison.Ordinal), name.Span.Start);
        Assert.Equal(3, name.Span.Length);
    }

    [Theory]
    [InlineData("8080", ScalarKind.Integer)]
    [InlineData("'8080'", ScalarKind.String)]
    [InlineData("yes", ScalarKind.String)]
    [InlineData("true", ScalarKind.Boolean)]
    [InlineData("~", ScalarKind.Null)]
    [InlineData("1.5", ScalarKind.Float)]
    [InlineData("!!str 12", ScalarKind.String)]
    public void Plain_scalars_follow_the_yaml_1_2_core_schema(string written, ScalarKind expected)
    {
        var read = YamlManifestReader.Read("value: " + written + "\n");
        Assert.Empty(read.Diagnostics);
        Assert.Equal(expected, Assert.IsType<ScalarNode>(((MappingNode)read.Root!)["value"]).Kind);
    }

    [Fact]
    public void A_repeated_key_is_reported_on_the_second_key_and_the_first_value_kept()
    {
        var (text, span) = Marked.Parse("version: 1\nimage:\n  name: one\n  «name»: two\n");
        var read = YamlManifestReader.Read(text);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(ManifestRuleIds.DuplicateKey, diagnostic.Code);
        Assert.Equal(span, diagnostic.Span);
        Assert.Contains("`name` is already set", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("one", ((ScalarNode)((MappingNode)((MappingNode)read.Root!)["image"]!)["name"]!).Value);
    }

    [Fact]
    public void Anchors_and_aliases_are_reported()
    {
        const string text = "version: 1\nrun:\n  env: &common\n    A: b\ndeploy:\n  env: *common\n";
        var read = YamlManifestReader.Read(text);
        Assert.Equal(2, read.Diagnostics.Count(d => d.Code == ManifestRuleIds.UnsupportedYamlFeature));
        var anchor = read.Diagnostics.First(d => d.Message.Contains("&common", StringComparison.Ordinal));
        Assert.Equal(text.IndexOf("&common", StringComparison.Ordinal), anchor.Span.Start);
        Assert.Equal("&common".Length, anchor.Span.Length);
        var alias = read.Diagnostics.First(d => d.Message.Contains("*common", StringComparison.Ordinal));
        Assert.Equal(text.IndexOf("*common", StringComparison.Ordinal), alias.Span.Start);
    }

    [Fact]
    public void A_second_document_is_reported_and_ignored()
    {
        const string text = "version: 1\n---\nversion: 2\n";
        var read = YamlManifestReader.Read(text);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(ManifestRuleIds.MultipleDocuments, diagnostic.Code);
        Assert.Equal(text.IndexOf("---", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("1", ((ScalarNode)((MappingNode)read.Root!)["version"]!).Value);
    }

    [Fact]
    public void A_tab_in_the_indentation_is_reported_on_the_tab()
    {
        const string text = "version: 1\nimage:\n\tname: app\n";
        var read = YamlManifestReader.Read(text);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(ManifestRuleIds.TabIndentation, diagnostic.Code);
        Assert.Equal(text.IndexOf('\t', StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal(1, diagnostic.Span.Length);
        Assert.Contains("indent with spaces", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_becomes_a_diagnostic_and_the_part_before_it_is_kept()
    {
        const string text = "version: 1\nimage:\n  name: app\nrun:\n  ports: [\"80:80\"\n  env: x\n";
        var read = YamlManifestReader.Read(text);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(ManifestRuleIds.SyntaxError, diagnostic.Code);
        Assert.StartsWith("This YAML can't be read", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.Span.Start > text.IndexOf("ports", StringComparison.Ordinal));
        var root = Assert.IsType<MappingNode>(read.Root);
        Assert.NotNull(root["image"]);
    }

    [Fact]
    public void A_syntax_error_message_gives_the_parser_reason_without_its_position_prefix()
    {
        const string text = "version: 1\nimage: name: app\n";
        var read = YamlManifestReader.Read(text);
        var diagnostic = Assert.Single(read.Diagnostics);
        Assert.Equal(ManifestRuleIds.SyntaxError, diagnostic.Code);
        Assert.StartsWith("This YAML can't be read: ", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Line:", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(1, LineOf(text, diagnostic.Span.Start));
    }

    private static int LineOf(string text, int offset) => Berth.Dockerfile.Text.LineIndex.Create(text).LineOf(offset);

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData("- [")]
    [InlineData("a: 'unclosed")]
    [InlineData("\"\\x\"")]
    [InlineData("a:\n\t- b")]
    [InlineData("? [a]\n: b")]
    [InlineData("%YAML 1.1\n---\na: b")]
    [InlineData("a: !!binary aGk=")]
    public void Odd_input_never_throws(string text)
    {
        var read = YamlManifestReader.Read(text);
        Assert.All(read.Diagnostics, d => Assert.InRange(d.Span.End, 0, text.Length));
    }
}
