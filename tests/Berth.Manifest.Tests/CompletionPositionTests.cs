using Berth.Dockerfile;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Editor;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

/// <summary>
/// Completion wherever the caret can be: inside YAML flow maps and lists, in berth.json, at the end of a file
/// without a newline, after and inside comments, in an empty document and inside a partly typed key.
/// </summary>
public sealed class CompletionPositionTests
{
    private const string Dockerfile = "FROM node:22 AS build\nFROM node:22-slim AS runtime\nEXPOSE 80 8080 53/udp\n";
    private static readonly DockerfileFacts Facts = DockerfileFacts.From(DockerfileDocument.Parse(Dockerfile));

    // "|" marks the caret; "«" and "»" (optional) mark the span the completion must replace.
    private static (IReadOnlyList<ManifestCompletionItem> Items, ManifestDocument Document, int Offset, Berth.Dockerfile.Text.TextSpan? Expected) Complete(string marked, ManifestFormat format = ManifestFormat.Yaml)
    {
        var start = marked.IndexOf('«', StringComparison.Ordinal);
        var text = marked.Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal);
        var end = start < 0 ? -1 : marked.IndexOf('»', StringComparison.Ordinal) - 1;
        var caret = text.IndexOf('|', StringComparison.Ordinal);
        text = text.Remove(caret, 1);
        Berth.Dockerfile.Text.TextSpan? expected = null;
        if (start >= 0)
        {
            // The markers and the caret were all removed: shift the span for whichever of them came before.
            var bareStart = start - (caret < start ? 1 : 0);
            var bareEnd = end - (caret < end ? 1 : 0);
            expected = Berth.Dockerfile.Text.TextSpan.FromBounds(bareStart, bareEnd);
        }
        var document = ManifestDocument.Parse(text, format);
        return (ManifestCompletion.Complete(document, caret, Facts), document, caret, expected);
    }

    private static List<string> Labels(IReadOnlyList<ManifestCompletionItem> items) => items.Select(i => i.Label).ToList();

    [Theory]
    [InlineData("version: 1\nbuild: { target: | }\n")]
    [InlineData("version: 1\nbuild: {target: |}\n")]
    [InlineData("version: 1\nbuild: {\n  context: .,\n  target: |\n}\n")]
    [InlineData("version: 1\nbuild: { context: \"a,b}\", target: | }\n")]
    public void Build_target_completes_inside_a_yaml_flow_map(string marked)
    {
        var (items, _, offset, _) = Complete(marked);
        Assert.Equal(["build", "runtime"], Labels(items));
        Assert.All(items, i => Assert.Equal(new Berth.Dockerfile.Text.TextSpan(offset, 0), i.ReplaceSpan));
    }

    [Fact]
    public void A_partly_typed_flow_value_is_replaced_whole()
    {
        var (items, _, _, expected) = Complete("version: 1\nbuild: { target: «ru|nt», context: . }\n");
        var runtime = Assert.Single(items, i => i.Label == "runtime");
        Assert.Equal(expected, runtime.ReplaceSpan);
        Assert.Equal("runtime", runtime.InsertText);
    }

    [Fact]
    public void Keys_complete_inside_a_yaml_flow_map_with_a_value_on_the_same_line()
    {
        var (items, _, _, expected) = Complete("version: 1\nbuild: { context: ., «tar|» }\n");
        Assert.Contains("target", Labels(items));
        Assert.DoesNotContain("context", Labels(items));
        Assert.Equal(expected, items.Single(i => i.Label == "target").ReplaceSpan);
        // In flow style a map's value follows on the same line too.
        Assert.Equal("args: ", items.Single(i => i.Label == "args").InsertText);
    }

    [Theory]
    [InlineData("version: 1\nrun:\n  ports: [ \"80:80\", | ]\n")]
    [InlineData("version: 1\nrun:\n  ports: [\"80:80\",|]\n")]
    [InlineData("version: 1\nrun: {ports: [\"80:80\", |]}\n")]
    [InlineData("version: 1\nrun:\n  ports:\n    - \"80:80\"\n    - |\n")]
    public void Ports_complete_in_a_list_with_the_exposed_ports_not_yet_published(string marked)
    {
        var (items, _, _, _) = Complete(marked);
        Assert.Equal(["8080:8080", "53:53/udp"], Labels(items));
        Assert.Equal("\"8080:8080\"", items[0].InsertText);
    }

    [Fact]
    public void A_block_list_item_holding_a_colon_is_a_value_not_a_key()
    {
        var (items, _, _, expected) = Complete("version: 1\nrun:\n  ports:\n    - «8080:80|»\n");
        Assert.Equal(["80:80", "8080:8080", "53:53/udp"], Labels(items));
        Assert.Equal(expected, items[0].ReplaceSpan);
    }

    [Fact]
    public void A_quoted_item_in_a_flow_list_is_replaced_with_its_quotes()
    {
        var (items, _, _, expected) = Complete("version: 1\nrun: {ports: [\"80:80\", «\"|\"»]}\n");
        Assert.Equal(expected, items.Single(i => i.Label == "8080:8080").ReplaceSpan);
    }

    [Theory]
    [InlineData("version: 1\nregistry: {edition: |}\n", new[] { "personal", "enterprise" })]
    [InlineData("version: 1\ndeploy: {ecs: {rollback: |}}\n", new[] { "true", "false" })]
    [InlineData("version: 1\nregistry: {region: cn-hangzhou, edition: |, namespace: acme}\n", new[] { "personal", "enterprise" })]
    public void Enum_and_boolean_values_complete_in_nested_flow_maps(string marked, string[] expected)
    {
        Assert.Equal(expected, Labels(Complete(marked).Items));
    }

    [Fact]
    public void Keys_inside_an_environment_in_flow_style_come_from_the_override_schema()
    {
        var (items, _, _, _) = Complete("version: 1\nenvironments: {staging: {run: {po|}}}\n");
        Assert.Contains("ports", Labels(items));
    }

    [Fact]
    public void A_plain_value_with_braces_does_not_open_a_flow_map()
    {
        var (items, _, _, _) = Complete("version: 1\nrun:\n  env:\n    A: ${env:A}\n  |\n");
        Assert.Contains("ports", Labels(items));
        Assert.DoesNotContain("env", Labels(items));
    }

    [Fact]
    public void Json_values_complete_quoted_over_the_typed_string()
    {
        var (items, _, _, expected) = Complete("{\"version\": 1, \"build\": {\"target\": «\"ru|\"»}}", ManifestFormat.Json);
        var runtime = items.Single(i => i.Label == "runtime");
        Assert.Equal("\"runtime\"", runtime.InsertText);
        Assert.Equal(expected, runtime.ReplaceSpan);
    }

    [Fact]
    public void Json_keys_complete_in_an_unfinished_string()
    {
        var (items, _, _, expected) = Complete("{\"version\": 1, \"registry\": {«\"ed|»", ManifestFormat.Json);
        var edition = items.Single(i => i.Label == "edition");
        Assert.Equal("\"edition\": ", edition.InsertText);
        Assert.Equal(expected, edition.ReplaceSpan);
        Assert.DoesNotContain("ports", Labels(items));
    }

    [Fact]
    public void Json_keys_complete_unquoted_and_between_properties()
    {
        var (items, _, _, expected) = Complete("{\"version\": 1, «re|»}", ManifestFormat.Json);
        Assert.Equal("\"registry\": ", items.Single(i => i.Label == "registry").InsertText);
        Assert.Equal(expected, items[0].ReplaceSpan);
        Assert.DoesNotContain("version", Labels(items));

        (items, _, _, _) = Complete("{\n  \"version\": 1,\n  |\n}", ManifestFormat.Json);
        Assert.Equal(["$schema", "image", "build", "run", "registry", "alibabaCloud", "deploy", "environments"], Labels(items));
    }

    [Fact]
    public void Json_list_items_and_values_after_braces_in_strings_complete()
    {
        var (items, _, _, _) = Complete("{\"version\": 1, \"run\": {\"ports\": [\"80:80\", |]}}", ManifestFormat.Json);
        Assert.Equal(["8080:8080", "53:53/udp"], Labels(items));
        (items, _, _, _) = Complete("{\"version\": 1, \"image\": {\"tag\": \"{git.sha}\"}, \"registry\": {\"edition\": \"|\"}}", ManifestFormat.Json);
        Assert.Equal(["personal", "enterprise"], Labels(items));
    }

    [Theory]
    [InlineData("{\"version\": 1, // a comm|\n}")]
    [InlineData("{\"version\": 1, /* a |comment */ }")]
    public void Nothing_completes_in_a_json_comment(string marked)
    {
        Assert.Empty(Complete(marked, ManifestFormat.Json).Items);
    }

    [Fact]
    public void Completion_works_at_the_end_of_a_file_without_a_newline()
    {
        var (items, _, _, expected) = Complete("version: 1\nregistry:\n  edition: «ent|»");
        Assert.Equal(expected, items.Single(i => i.Label == "enterprise").ReplaceSpan);
        (items, _, _, _) = Complete("version: 1\nbuild:\n  tar|");
        Assert.Contains("target", Labels(items));
        (items, _, _, _) = Complete("version: 1\nbuild: {target: |", ManifestFormat.Yaml);
        Assert.Equal(["build", "runtime"], Labels(items));
    }

    [Fact]
    public void Completion_works_after_comments()
    {
        var (items, _, _, _) = Complete("version: 1\n# how to build\nbuild:  # see the docs\n  # target: x\n  |\n");
        Assert.Contains("target", Labels(items));
        Assert.DoesNotContain("ports", Labels(items));
        (items, _, _, _) = Complete("version: 1\nbuild: { # the build\n  target: |\n}\n");
        Assert.Equal(["build", "runtime"], Labels(items));
    }

    [Theory]
    [InlineData("version: 1\nbuild:\n  target: runtime  # the st|\n")]
    [InlineData("# vers|\nversion: 1\n")]
    [InlineData("version: 1\n  # reg|\n")]
    [InlineData("version: 1\nbuild: {target: runtime}  # t|\n")]
    public void Nothing_completes_inside_a_yaml_comment(string marked)
    {
        Assert.Empty(Complete(marked).Items);
    }

    [Theory]
    [InlineData(ManifestFormat.Yaml)]
    [InlineData(ManifestFormat.Json)]
    public void An_empty_document_completes_the_top_level_keys(ManifestFormat format)
    {
        var (items, _, _, _) = Complete("|", format);
        Assert.Equal("version", items[1].Label);
        Assert.Equal(format == ManifestFormat.Json ? "\"version\": " : "version: ", items[1].InsertText);
        Assert.Equal(9, items.Count);
    }

    [Fact]
    public void Inside_a_written_key_the_whole_key_is_replaced_and_its_colon_kept()
    {
        var (items, _, _, expected) = Complete("version: 1\nregistry:\n  «edi|tion»: personal\n");
        var edition = items.Single(i => i.Label == "edition");
        Assert.Equal(expected, edition.ReplaceSpan);
        Assert.Equal("edition", edition.InsertText);
        (items, _, _, expected) = Complete("{\"version\": 1, \"registry\": {«\"edi|tion\"»: \"personal\"}}", ManifestFormat.Json);
        edition = items.Single(i => i.Label == "edition");
        Assert.Equal(expected, edition.ReplaceSpan);
        Assert.Equal("\"edition\"", edition.InsertText);
    }

    [Fact]
    public void Applying_a_flow_completion_gives_a_valid_manifest()
    {
        var (items, document, _, _) = Complete("version: 1\nimage: {name: app}\nbuild: { target: | }\n");
        var runtime = items.Single(i => i.Label == "runtime");
        var applied = document.Text.Remove(runtime.ReplaceSpan.Start, runtime.ReplaceSpan.Length).Insert(runtime.ReplaceSpan.Start, runtime.InsertText);
        var result = ManifestDocument.Parse(applied, ManifestFormat.Yaml);
        Assert.Empty(result.Diagnostics);
        Assert.Equal("runtime", result.Model.Build.Target);
    }
}
