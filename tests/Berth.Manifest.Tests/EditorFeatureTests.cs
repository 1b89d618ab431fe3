using Berth.Dockerfile;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Editor;
using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

public sealed class EditorFeatureTests
{
    private const string Dockerfile = "ARG BASE=alpine\nFROM node:22 AS build\nARG NPM_TOKEN\nFROM ${BASE} AS runtime\nARG APP_VERSION\n";
    private static readonly DockerfileFacts Facts = DockerfileFacts.From(DockerfileDocument.Parse(Dockerfile));

    private static (ManifestDocument Document, int Offset) At(string textWithCaret, ManifestFormat format = ManifestFormat.Yaml)
    {
        var offset = textWithCaret.IndexOf('|', StringComparison.Ordinal);
        return (ManifestDocument.Parse(textWithCaret.Remove(offset, 1), format), offset);
    }

    [Fact]
    public void Keys_complete_from_the_schema_without_the_ones_already_there()
    {
        var (document, offset) = At("version: 1\nimage: {name: app}\nregistry:\n  region: cn-hangzhou\n  ed|\n");
        var items = ManifestCompletion.Complete(document, offset);
        var labels = items.Select(i => i.Label).ToList();
        Assert.Contains("edition", labels);
        Assert.Contains("namespace", labels);
        Assert.DoesNotContain("region", labels);
        Assert.DoesNotContain("ports", labels);
        var edition = items.Single(i => i.Label == "edition");
        Assert.Equal("edition: ", edition.InsertText);
        Assert.Equal(offset - 2, edition.ReplaceSpan.Start);
        Assert.Contains("personal", edition.Documentation, StringComparison.Ordinal);
    }

    [Fact]
    public void Top_level_keys_complete_at_the_start_of_a_line()
    {
        var (document, offset) = At("version: 1\n|");
        var labels = ManifestCompletion.Complete(document, offset).Select(i => i.Label).ToList();
        Assert.Equal(["$schema", "image", "build", "run", "registry", "alibabaCloud", "deploy", "environments"], labels);
    }

    [Fact]
    public void Enum_values_complete_with_region_names()
    {
        var (document, offset) = At("version: 1\nregistry:\n  region: cn-|\n");
        var items = ManifestCompletion.Complete(document, offset);
        var hangzhou = items.Single(i => i.Label == "cn-hangzhou");
        Assert.Equal("China (Hangzhou)", hangzhou.Detail);
        Assert.Equal(29, items.Count);
        Assert.Equal(offset - 3, hangzhou.ReplaceSpan.Start);
    }

    [Fact]
    public void Edition_values_and_booleans_complete()
    {
        var (document, offset) = At("version: 1\nregistry:\n  edition: |\n");
        Assert.Equal(["personal", "enterprise"], ManifestCompletion.Complete(document, offset).Select(i => i.Label));
        (document, offset) = At("version: 1\nbuild:\n  pull: |\n");
        Assert.Equal(["true", "false"], ManifestCompletion.Complete(document, offset).Select(i => i.Label));
    }

    [Fact]
    public void Build_target_completes_with_the_dockerfile_stages()
    {
        var (document, offset) = At("version: 1\nbuild:\n  target: |\n");
        var items = ManifestCompletion.Complete(document, offset, Facts);
        Assert.Equal(["build", "runtime"], items.Select(i => i.Label));
        Assert.All(items, i => Assert.Equal(ManifestCompletionKind.Stage, i.Kind));
    }

    [Fact]
    public void Build_args_complete_with_the_dockerfile_args()
    {
        var (document, offset) = At("version: 1\nbuild:\n  args:\n    APP_VERSION: \"1\"\n    |\n");
        var items = ManifestCompletion.Complete(document, offset, Facts);
        Assert.Equal(["BASE", "NPM_TOKEN"], items.Select(i => i.Label));
        Assert.Equal("BASE: ", items[0].InsertText);
    }

    [Fact]
    public void Keys_inside_an_environment_complete_from_the_override_schema()
    {
        var (document, offset) = At("version: 1\nenvironments:\n  staging:\n    run:\n      po|\n");
        Assert.Contains("ports", ManifestCompletion.Complete(document, offset).Select(i => i.Label));
    }

    [Fact]
    public void Json_values_complete_quoted()
    {
        var (document, offset) = At("{\"version\": 1, \"registry\": {\"edition\": \"|\"}}", ManifestFormat.Json);
        var items = ManifestCompletion.Complete(document, offset);
        Assert.Equal("\"enterprise\"", items.Single(i => i.Label == "enterprise").InsertText);
    }

    [Fact]
    public void Hover_on_a_key_shows_the_schema_description_and_default()
    {
        var (document, offset) = At("version: 1\nbuild:\n  no|Cache: true\n");
        var hover = ManifestHover.Hover(document, offset);
        Assert.NotNull(hover);
        Assert.StartsWith("**build.noCache**\n\nBuild without the layer cache", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("Default: `false`", hover.Markdown, StringComparison.Ordinal);
        Assert.Equal(document.Text.IndexOf("noCache", StringComparison.Ordinal), hover.Span.Start);
    }

    [Fact]
    public void Hover_on_a_region_names_it_and_on_a_target_shows_the_stage()
    {
        var (document, offset) = At("version: 1\nregistry:\n  region: ap-sou|theast-1\nbuild:\n  target: runtime\n");
        Assert.Contains("Singapore", ManifestHover.Hover(document, offset)!.Markdown, StringComparison.Ordinal);
        var target = document.Text.IndexOf("runtime", StringComparison.Ordinal) + 2;
        Assert.Contains("FROM ${BASE} AS runtime", ManifestHover.Hover(document, target, Facts)!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_symbols_outline_the_keys()
    {
        var document = ManifestDocument.Parse("version: 1\nimage:\n  name: app\nrun:\n  ports: [\"80:80\", \"81:81\"]\n", ManifestFormat.Yaml);
        var symbols = ManifestSymbols.Of(document);
        Assert.Equal(["version", "image", "run"], symbols.Select(s => s.Name));
        var image = symbols[1];
        Assert.Equal(ManifestSymbolKind.Section, image.Kind);
        Assert.Equal("app", Assert.Single(image.Children).Detail);
        var ports = Assert.Single(symbols[2].Children);
        Assert.Equal("2 items", ports.Detail);
        Assert.Equal(document.Text.IndexOf("ports", StringComparison.Ordinal), ports.SelectionSpan.Start);
    }

    [Fact]
    public void Definition_goes_from_the_target_to_the_stage_name_and_from_the_dockerfile_path_to_the_file()
    {
        var (document, offset) = At("version: 1\nbuild:\n  dockerfile: Dockerfile\n  target: run|time\n");
        var target = ManifestDefinition.Find(document, offset, "/work/app", DockerfileDocument.Parse(Dockerfile));
        Assert.NotNull(target);
        Assert.Equal("/work/app/Dockerfile", target.Path);
        Assert.Equal(new Berth.Dockerfile.Text.LinePosition(3, 16), target.Range!.Value.Start);
        var file = ManifestDefinition.Find(document, document.Text.IndexOf("Dockerfile", StringComparison.Ordinal) + 1, "/work/app", null);
        Assert.Equal("/work/app/Dockerfile", file!.Path);
        Assert.Null(file.Range);
    }

    [Fact]
    public void Quick_fixes_apply_did_you_mean_and_keep_quotes()
    {
        var document = ManifestDocument.Parse("version: 1\nrun:\n  prots: []\nregistry:\n  edition: \"enterprize\"\n  instanceId: cri-kmsiwlxxdcvaduwb\n", ManifestFormat.Yaml);
        var fixes = document.Diagnostics.SelectMany(d => ManifestQuickFixes.For(document, d)).ToList();
        Assert.Equal(["Change to `ports`", "Change to `enterprise`"], fixes.Select(f => f.Title));
        Assert.Equal("ports", fixes[0].Edits[0].NewText);
        Assert.Equal("\"enterprise\"", fixes[1].Edits[0].NewText);
        Assert.Equal("\"enterprize\"".Length, fixes[1].Edits[0].Span.Length);
    }

    [Fact]
    public void The_inline_secret_fix_writes_an_env_reference()
    {
        var document = ManifestDocument.Parse("version: 1\nimage: {name: app}\nrun:\n  env:\n    DB_PASSWORD: hunter2\n", ManifestFormat.Yaml);
        var files = new FakeFileSystem().WithFile("Dockerfile", "FROM alpine\n");
        var secret = Assert.Single(ManifestCrossChecks.Check(document, FakeFileSystem.Root, files));
        Assert.Equal(ManifestRuleIds.InlineSecret, secret.Code);
        var fix = Assert.Single(ManifestQuickFixes.For(document, secret));
        var edit = Assert.Single(fix.Edits);
        var fixedText = document.Text.Remove(edit.Span.Start, edit.Span.Length).Insert(edit.Span.Start, edit.NewText);
        Assert.Contains("DB_PASSWORD: ${env:DB_PASSWORD}", fixedText, StringComparison.Ordinal);
        Assert.Empty(ManifestCrossChecks.Check(ManifestDocument.Parse(fixedText, ManifestFormat.Yaml), FakeFileSystem.Root, files));
    }
}
