using Berth.Dockerfile;
using Berth.Dockerfile.Text;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Editor;
using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

/// <summary>Hover, definition, outline and quick fixes on YAML flow style and on berth.json, not only on block YAML.</summary>
public sealed class FlowAndJsonEditorTests
{
    private const string Dockerfile = "FROM node:22 AS build\nFROM node:22-slim AS runtime\nEXPOSE 8080\n";
    private static readonly DockerfileFacts Facts = DockerfileFacts.From(DockerfileDocument.Parse(Dockerfile));

    private static (ManifestDocument Document, int Offset) At(string textWithCaret, ManifestFormat format)
    {
        var offset = textWithCaret.IndexOf('|', StringComparison.Ordinal);
        return (ManifestDocument.Parse(textWithCaret.Remove(offset, 1), format), offset);
    }

    private static string Apply(ManifestDocument document, IReadOnlyList<ManifestTextEdit> edits)
    {
        var text = document.Text;
        foreach (var edit in edits.OrderByDescending(e => e.Span.Start)) text = text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        return text;
    }

    [Theory]
    [InlineData("{\"version\": 1, \"build\": {\"no|Cache\": true}}", ManifestFormat.Json, "\"noCache\"")]
    [InlineData("version: 1\nbuild: {no|Cache: true}\n", ManifestFormat.Yaml, "noCache")]
    [InlineData("version: 1\nbuild: {\n  pull: false,\n  no|Cache: true\n}\n", ManifestFormat.Yaml, "noCache")]
    public void Hover_on_a_key_in_flow_style_and_json_shows_its_description_on_the_key(string marked, ManifestFormat format, string key)
    {
        var (document, offset) = At(marked, format);
        var hover = ManifestHover.Hover(document, offset);
        Assert.NotNull(hover);
        Assert.StartsWith("**build.noCache**\n\nBuild without the layer cache", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("Default: `false`", hover.Markdown, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(document.Text.IndexOf(key, StringComparison.Ordinal), key.Length), hover.Span);
    }

    [Theory]
    [InlineData("{\"version\": 1, \"registry\": {\"region\": \"ap-sou|theast-1\"}}", ManifestFormat.Json)]
    [InlineData("version: 1\nregistry: {region: ap-sou|theast-1}\n", ManifestFormat.Yaml)]
    public void Hover_on_a_value_in_flow_style_and_json_names_the_region(string marked, ManifestFormat format)
    {
        var (document, offset) = At(marked, format);
        var hover = ManifestHover.Hover(document, offset);
        Assert.NotNull(hover);
        Assert.Contains("Singapore", hover.Markdown, StringComparison.Ordinal);
        Assert.Equal("registry.region", hover.Markdown[2..hover.Markdown.IndexOf("**", 2, StringComparison.Ordinal)]);
    }

    [Fact]
    public void Hover_on_a_port_in_a_flow_list_describes_the_list()
    {
        var (document, offset) = At("version: 1\nrun: {ports: [\"80:80\", \"90|:90\"]}\n", ManifestFormat.Yaml);
        var hover = ManifestHover.Hover(document, offset);
        Assert.NotNull(hover);
        Assert.StartsWith("**run.ports[1]**", hover.Markdown, StringComparison.Ordinal);
        Assert.Equal(document.Text.IndexOf("\"90:90\"", StringComparison.Ordinal), hover.Span.Start);
    }

    [Theory]
    [InlineData("{\"version\": 1, \"build\": {\"dockerfile\": \"Dockerfile\", \"target\": \"run|time\"}}", ManifestFormat.Json)]
    [InlineData("version: 1\nbuild: {dockerfile: Dockerfile, target: run|time}\n", ManifestFormat.Yaml)]
    [InlineData("version: 1\nbuild: {target: \"run|time\"}\n", ManifestFormat.Yaml)]
    public void Definition_from_a_flow_or_json_target_goes_to_the_stage(string marked, ManifestFormat format)
    {
        var (document, offset) = At(marked, format);
        var target = ManifestDefinition.Find(document, offset, "/work/app", DockerfileDocument.Parse(Dockerfile));
        Assert.NotNull(target);
        Assert.Equal("/work/app/Dockerfile", target.Path);
        Assert.Equal(new LinePosition(1, 21), target.Range!.Value.Start);
        Assert.Equal("runtime", document.Text.Substring(target.OriginSpan.Start, target.OriginSpan.Length).Trim('"'));
    }

    [Fact]
    public void Definition_from_a_json_dockerfile_path_goes_to_the_file()
    {
        var (document, offset) = At("{\"version\": 1, \"build\": {\"dockerfile\": \"docker/Api.Docker|file\"}}", ManifestFormat.Json);
        var target = ManifestDefinition.Find(document, offset, "/work/app", null);
        Assert.Equal("/work/app/docker/Api.Dockerfile", target!.Path);
    }

    [Fact]
    public void Json_symbols_outline_the_keys_with_their_quoted_names_as_selection()
    {
        var text = "{\n  \"version\": 1,\n  \"image\": {\"name\": \"app\"},\n  \"run\": {\"ports\": [\"80:80\", 81]}\n}\n";
        var document = ManifestDocument.Parse(text, ManifestFormat.Json);
        var symbols = ManifestSymbols.Of(document);
        Assert.Equal(["version", "image", "run"], symbols.Select(s => s.Name));
        Assert.Equal(new TextSpan(text.IndexOf("\"image\"", StringComparison.Ordinal), 7), symbols[1].SelectionSpan);
        Assert.Equal(text.IndexOf('}', StringComparison.Ordinal) + 1, symbols[1].Span.End);
        var ports = Assert.Single(symbols[2].Children);
        Assert.Equal("2 items", ports.Detail);
        Assert.Equal(["80:80", "81"], ports.Children.Select(c => c.Detail));
        Assert.Equal(text.IndexOf(']', StringComparison.Ordinal) + 1, ports.Span.End);
    }

    [Fact]
    public void Flow_yaml_symbols_span_to_the_closing_bracket()
    {
        var text = "version: 1\nbuild: {\n  target: runtime,\n  args: {A: 1}\n}\n";
        var document = ManifestDocument.Parse(text, ManifestFormat.Yaml);
        var build = ManifestSymbols.Of(document)[1];
        Assert.Equal(text.LastIndexOf('}') + 1, build.Span.End);
        Assert.Equal(["target", "args"], build.Children.Select(c => c.Name));
        Assert.Equal("runtime", build.Children[0].Detail);
        Assert.Equal(text.IndexOf("{A: 1}", StringComparison.Ordinal) + 6, build.Children[1].Span.End);
    }

    [Fact]
    public void Json_did_you_mean_fixes_keep_the_quotes_and_give_a_valid_file()
    {
        var document = ManifestDocument.Parse("{\"version\": 1, \"run\": {\"prots\": []}, \"registry\": {\"edition\": \"enterprize\", \"instanceId\": \"cri-kmsiwlxxdcvaduwb\"}}", ManifestFormat.Json);
        var fixes = document.Diagnostics.SelectMany(d => ManifestQuickFixes.For(document, d)).ToList();
        Assert.Equal(["Change to `ports`", "Change to `enterprise`"], fixes.Select(f => f.Title));
        Assert.Equal("\"ports\"", fixes[0].Edits[0].NewText);
        Assert.Equal("\"enterprise\"", fixes[1].Edits[0].NewText);
        var fixedText = Apply(document, fixes.SelectMany(f => f.Edits).ToList());
        Assert.Empty(ManifestDocument.Parse(fixedText, ManifestFormat.Json).Diagnostics);
    }

    [Fact]
    public void Flow_yaml_did_you_mean_fixes_give_a_valid_file()
    {
        var document = ManifestDocument.Parse("version: 1\nrun: {prots: [], restart: always}\nregistry: {edition: enterprize, instanceId: cri-kmsiwlxxdcvaduwb}\n", ManifestFormat.Yaml);
        var fixes = document.Diagnostics.SelectMany(d => ManifestQuickFixes.For(document, d)).ToList();
        Assert.Equal(2, fixes.Count);
        var fixedText = Apply(document, fixes.SelectMany(f => f.Edits).ToList());
        Assert.Equal("version: 1\nrun: {ports: [], restart: always}\nregistry: {edition: enterprise, instanceId: cri-kmsiwlxxdcvaduwb}\n", fixedText);
        Assert.Empty(ManifestDocument.Parse(fixedText, ManifestFormat.Yaml).Diagnostics);
    }

    [Theory]
    [InlineData("version: 1\nimage: {name: app}\nrun: {env: {DB_PASSWORD: hunter2, LOG: info}}\n", ManifestFormat.Yaml, "{DB_PASSWORD: \"${env:DB_PASSWORD}\", LOG: info}")]
    [InlineData("version: 1\nimage: {name: app}\nrun:\n  env: {DB_PASSWORD: 'hunter2'}\n", ManifestFormat.Yaml, "{DB_PASSWORD: \"${env:DB_PASSWORD}\"}")]
    [InlineData("{\"version\": 1, \"image\": {\"name\": \"app\"}, \"run\": {\"env\": {\"DB_PASSWORD\": \"hunter2\"}}}", ManifestFormat.Json, "{\"DB_PASSWORD\": \"${env:DB_PASSWORD}\"}")]
    public void The_inline_secret_fix_in_flow_style_and_json_gives_a_valid_reference(string text, ManifestFormat format, string expected)
    {
        var document = ManifestDocument.Parse(text, format);
        var files = new FakeFileSystem().WithFile("Dockerfile", "FROM alpine\n");
        var secret = Assert.Single(ManifestCrossChecks.Check(document, FakeFileSystem.Root, files));
        Assert.Equal(ManifestRuleIds.InlineSecret, secret.Code);
        var fix = Assert.Single(ManifestQuickFixes.For(document, secret));
        var fixedText = Apply(document, fix.Edits);
        Assert.Contains(expected, fixedText, StringComparison.Ordinal);
        var reparsed = ManifestDocument.Parse(fixedText, format);
        Assert.Empty(reparsed.Diagnostics);
        Assert.Equal("${env:DB_PASSWORD}", reparsed.Model.Run.Env["DB_PASSWORD"]);
        Assert.Empty(ManifestCrossChecks.Check(reparsed, FakeFileSystem.Root, files));
    }
}
