using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;
using Berth.Manifest.Templates;

namespace Berth.Manifest.Tests;

public sealed class TemplateTests
{
    private static readonly TemplateValues Values = new("0123456789abcdef0123456789abcdef01234567", "feature/Login#2", new DateTimeOffset(2026, 11, 27, 23, 30, 5, TimeSpan.FromHours(2)));

    [Theory]
    [InlineData("latest", "latest")]
    [InlineData("{git.sha}", "0123456789abcdef0123456789abcdef01234567")]
    [InlineData("{git.shortSha}", "0123456")]
    [InlineData("{git.branch}", "feature-Login-2")]
    [InlineData("{date}", "20261127")]
    [InlineData("{timestamp}", "20261127213005")]
    [InlineData("v1-{date}-{git.shortSha}", "v1-20261127-0123456")]
    public void Placeholders_expand_from_the_values_passed_in(string template, string expected)
    {
        var result = ImageTagTemplate.Expand(template, Values);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, result.Value);
    }

    [Fact]
    public void A_missing_git_commit_is_a_clear_error()
    {
        var result = ImageTagTemplate.Expand("{git.shortSha}", Values with { GitSha = null });
        Assert.False(result.Succeeded);
        Assert.Equal("The image tag uses {git.shortSha}, but there is no git commit here; commit first, or write a literal tag.", result.Error);
    }

    [Fact]
    public void An_unknown_placeholder_suggests_the_nearest()
    {
        var result = ImageTagTemplate.Expand("{git.shortsha}", Values);
        Assert.Equal("The image tag uses {git.shortsha}, which Berth doesn't know; did you mean {git.shortSha}?", result.Error);
    }

    [Theory]
    [InlineData("-{date}")]
    [InlineData("{date")]
    public void A_result_that_is_not_a_tag_is_refused(string template)
    {
        var result = ImageTagTemplate.Expand(template, Values);
        Assert.False(result.Succeeded);
        Assert.Contains(template, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Env_references_resolve_through_the_lookup()
    {
        var lookup = new Dictionary<string, string> { ["DB_PASSWORD"] = "s3cret", ["HOST"] = "db" };
        var result = EnvironmentReferences.Resolve("postgres://${env:HOST}:$${env:HOST}/${env:DB_PASSWORD}", n => lookup.GetValueOrDefault(n));
        Assert.Equal("postgres://db:${env:HOST}/s3cret", result.Value);
    }

    [Fact]
    public void Unset_env_references_are_named_in_one_error()
    {
        var result = EnvironmentReferences.Resolve("${env:A}-${env:B}-${env:A}", _ => null);
        Assert.Equal("The environment variables `A`, `B` are not set; set them before deploying (the manifest reads it with ${env:NAME}).", result.Error);
    }

    [Fact]
    public void The_resolver_applies_environment_template_and_references_together()
    {
        const string text = "version: 1\nimage:\n  name: app\n  tag: \"{git.branch}-{date}\"\nrun:\n  env:\n    TOKEN: ${env:TOKEN}\nenvironments:\n  ci:\n    image:\n      tag: ci-{git.shortSha}\n";
        var document = ManifestDocument.Parse(text, ManifestFormat.Yaml);
        var resolution = ManifestResolver.Resolve(document, "ci", Values, n => n == "TOKEN" ? "t0k" : null);
        Assert.Empty(resolution.Diagnostics);
        Assert.Equal("ci-0123456", resolution.Manifest!.Image.Tag);
        Assert.Equal("t0k", resolution.Manifest.Run.Env["TOKEN"]);
    }

    [Fact]
    public void The_resolver_points_at_the_env_value_that_cannot_be_resolved()
    {
        const string text = "version: 1\nimage:\n  name: app\nrun:\n  env:\n    TOKEN: ${env:TOKEN}\n";
        var document = ManifestDocument.Parse(text, ManifestFormat.Yaml);
        var resolution = ManifestResolver.Resolve(document, null, Values, _ => null);
        Assert.Null(resolution.Manifest);
        var diagnostic = Assert.Single(resolution.Diagnostics);
        Assert.Equal(ManifestRuleIds.UnsetEnvironmentVariable, diagnostic.Code);
        Assert.Equal(text.IndexOf("${env:TOKEN}", StringComparison.Ordinal), diagnostic.Span.Start);
    }

    [Fact]
    public void The_resolver_refuses_a_manifest_with_errors()
    {
        var document = ManifestDocument.Parse("version: 3\n", ManifestFormat.Yaml);
        var resolution = ManifestResolver.Resolve(document, null, Values, _ => null);
        Assert.Null(resolution.Manifest);
        Assert.NotEmpty(resolution.Diagnostics);
    }
}
