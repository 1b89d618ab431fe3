using System.Text.Json;
using Berth.Dockerfile;
using Berth.Manifest.Authoring;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

/// <summary>
/// Every manifest in the repository (examples/** and tests/fixtures/**, YAML and JSON) validates, except the
/// fixtures kept under an "invalid" folder, which must not; and what `berth init` writes validates and round-trips.
/// </summary>
public sealed class RepositoryManifestTests
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    private static IEnumerable<string> ManifestFiles()
    {
        foreach (var root in new[] { Path.Combine(RepositoryPaths.Root, "examples"), Path.Combine(RepositoryPaths.Root, "tests", "fixtures") })
        {
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetFileName(file);
                var extension = Path.GetExtension(name);
                if (!Extensions.Contains(extension, StringComparer.Ordinal)) continue;
                // berth.yaml, berth.yml, berth.json, and fixtures named like "full.berth.yaml".
                if (Path.GetFileNameWithoutExtension(name) is "berth" || name.EndsWith(".berth" + extension, StringComparison.Ordinal))
                {
                    yield return Path.GetRelativePath(RepositoryPaths.Root, file);
                }
            }
        }
    }

    private static bool IsInvalidFixture(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar).Contains("invalid", StringComparer.Ordinal);

    public static TheoryData<string> ValidManifests() => new(ManifestFiles().Where(f => !IsInvalidFixture(f)));

    public static TheoryData<string> InvalidManifests() => new(ManifestFiles().Where(IsInvalidFixture));

    [Theory]
    [MemberData(nameof(ValidManifests))]
    public void Every_manifest_in_the_repository_is_valid(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        var document = ManifestDocument.Parse(File.ReadAllText(path), path);
        Assert.Empty(document.Diagnostics.Select(d => $"{d.Code} {document.Lines.RangeOf(d.Span).Start}: {d.Message}"));
        foreach (var environment in document.Model.EnvironmentNames)
        {
            Assert.Empty(document.SelectEnvironment(environment).Diagnostics);
        }
    }

    [Theory]
    [MemberData(nameof(InvalidManifests))]
    public void Every_invalid_fixture_reports_an_error(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        Assert.True(ManifestDocument.Parse(File.ReadAllText(path), path).HasErrors);
    }

    [Fact]
    public void The_scan_finds_yaml_and_json_manifests_in_examples_and_fixtures()
    {
        var files = ManifestFiles().ToList();
        Assert.Contains(files, f => f.StartsWith("examples", StringComparison.Ordinal) && f.EndsWith("berth.yaml", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".json", StringComparison.Ordinal) && !IsInvalidFixture(f));
        Assert.Contains(files, IsInvalidFixture);
    }

    [Fact]
    public void The_yaml_and_json_forms_of_the_full_fixture_bind_to_the_same_manifest()
    {
        var yaml = RepositoryPaths.Fixtures("valid", "full.berth.yaml");
        var json = RepositoryPaths.Fixtures("valid", "full.berth.json");
        var fromYaml = ManifestDocument.Parse(File.ReadAllText(yaml), yaml);
        var fromJson = ManifestDocument.Parse(File.ReadAllText(json), json);
        Assert.Empty(fromJson.Diagnostics);
        Assert.Equal(JsonSerializer.Serialize(fromYaml.Model), JsonSerializer.Serialize(fromJson.Model));
        Assert.Equal(JsonSerializer.Serialize(fromYaml.SelectEnvironment("staging").Model), JsonSerializer.Serialize(fromJson.SelectEnvironment("staging").Model));
    }

    public static TheoryData<string, string> Dockerfiles() => new()
    {
        { "multi-stage", "FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim AS runtime\nEXPOSE 8080 9000/udp\nCMD [\"node\", \"server.js\"]\n" },
        { "single", "FROM alpine\nCMD [\"sh\"]\n" },
        { "variable-port", "FROM alpine AS base\nARG PORT=80\nEXPOSE $PORT\nFROM base\n" },
        { "empty", "" },
    };

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Init_output_validates_and_round_trips_through_json(string name, string dockerfile)
    {
        var text = ManifestTemplate.Write(DockerfileDocument.Parse(dockerfile), "Shop " + name);
        var document = ManifestDocument.Parse(text, ManifestFormat.Yaml);
        Assert.Empty(document.Diagnostics);
        // The same manifest written as berth.json reads back to the same model.
        var json = ManifestJson.ToJson(document.Root)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        var fromJson = ManifestDocument.Parse(json, ManifestFormat.Json);
        Assert.Empty(fromJson.Diagnostics);
        Assert.Equal(JsonSerializer.Serialize(document.Model), JsonSerializer.Serialize(fromJson.Model));
        // Writing it again from the same Dockerfile gives the same text.
        Assert.Equal(text, ManifestTemplate.Write(DockerfileDocument.Parse(dockerfile), "Shop " + name));
    }

    [Theory]
    [MemberData(nameof(Dockerfiles))]
    public void Every_option_init_leaves_commented_out_validates_once_uncommented(string name, string dockerfile)
    {
        var text = ManifestTemplate.Write(DockerfileDocument.Parse(dockerfile), "shop-" + name);
        var uncommented = Uncomment(text);
        Assert.NotEqual(text, uncommented);
        var document = ManifestDocument.Parse(uncommented, ManifestFormat.Yaml);
        Assert.Empty(document.Diagnostics.Select(d => $"{d.Code} {document.Lines.RangeOf(d.Span).Start}: {d.Message}\n{uncommented}"));
        Assert.NotNull(document.Model.Registry);
        Assert.NotNull(document.Model.Deploy.Ecs);
        Assert.Equal(["staging"], document.Model.EnvironmentNames);
        Assert.Empty(document.SelectEnvironment("staging").Diagnostics);
    }

    [Fact]
    public void Init_output_passes_the_cross_checks_once_uncommented_except_the_example_build_arg()
    {
        const string dockerfile = "FROM node:22 AS build\nFROM node:22-slim AS runtime\nEXPOSE 8080\n";
        var uncommented = Uncomment(ManifestTemplate.Write(DockerfileDocument.Parse(dockerfile), "shop"));
        var document = ManifestDocument.Parse(uncommented, ManifestFormat.Yaml);
        var files = new FakeFileSystem().WithFile("Dockerfile", dockerfile);
        var findings = ManifestCrossChecks.Check(document, FakeFileSystem.Root, files);
        // The commented example APP_VERSION needs an ARG the Dockerfile doesn't have; nothing else is reported.
        var finding = Assert.Single(findings);
        Assert.Contains("APP_VERSION", finding.Message, StringComparison.Ordinal);
    }

    // Turns the template's commented settings ("# registry:", "  #   region: ...") into YAML; its prose comments stay.
    private static string Uncomment(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash < 0 || line[..hash].Trim().Length > 0) continue;
            var rest = line[(hash + 1)..];
            if (!rest.StartsWith(' ')) continue;
            var setting = rest[1..];
            // A setting is "key:" or "key: value" (or "- item"), not a sentence.
            var trimmed = setting.TrimStart();
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || trimmed[..colon].Contains(' ', StringComparison.Ordinal) || trimmed.StartsWith("yaml-language-server", StringComparison.Ordinal)) continue;
            lines[i] = line[..hash] + setting;
        }
        return string.Join('\n', lines);
    }
}
