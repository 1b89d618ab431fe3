using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

public sealed class EnvironmentTests
{
    private const string Manifest = """
        version: 1
        image:
          name: shop
          tag: v1
        run:
          ports: ["8080:8080"]
          env:
            NODE_ENV: development
            LOG_LEVEL: debug
        registry:
          region: cn-hangzhou
          namespace: acme
        environments:
          staging:
            run:
              ports: ["9090:8080"]
              env:
                NODE_ENV: staging
            registry:
              namespace: acme-staging
          production: {}
        """;

    [Fact]
    public void An_environment_merges_maps_key_by_key_and_replaces_lists()
    {
        var document = ManifestDocument.Parse(Manifest, ManifestFormat.Yaml);
        Assert.Empty(document.Diagnostics);
        var staging = document.SelectEnvironment("staging");
        Assert.Empty(staging.Diagnostics);
        var model = staging.Model!;
        Assert.Equal("staging", model.Run.Env["NODE_ENV"]);
        Assert.Equal("debug", model.Run.Env["LOG_LEVEL"]);
        Assert.Equal(9090, Assert.Single(model.Run.Ports).HostPort);
        Assert.Equal("acme-staging", model.Registry!.Namespace);
        Assert.Equal("cn-hangzhou", model.Registry.Region);
        Assert.Equal("shop", model.Image.Name);
    }

    [Fact]
    public void Merged_values_keep_the_span_where_the_environment_wrote_them()
    {
        var document = ManifestDocument.Parse(Manifest, ManifestFormat.Yaml);
        var merged = document.SelectEnvironment("staging").Root;
        var ns = new ManifestPath(["registry", "namespace"]).Resolve(merged)!;
        Assert.Equal(Manifest.IndexOf("acme-staging", StringComparison.Ordinal), ns.Span.Start);
        Assert.Null(new ManifestPath(["environments"]).Resolve(merged));
    }

    [Fact]
    public void An_empty_environment_and_no_environment_give_the_base()
    {
        var document = ManifestDocument.Parse(Manifest, ManifestFormat.Yaml);
        Assert.Equal("development", document.SelectEnvironment("production").Model!.Run.Env["NODE_ENV"]);
        Assert.Equal("development", document.SelectEnvironment(null).Model!.Run.Env["NODE_ENV"]);
        Assert.Equal(["staging", "production"], document.Model.EnvironmentNames);
    }

    [Fact]
    public void An_unknown_environment_names_the_ones_there_are()
    {
        var document = ManifestDocument.Parse(Manifest, ManifestFormat.Yaml);
        var selection = document.SelectEnvironment("prod");
        Assert.Null(selection.Model);
        var diagnostic = Assert.Single(selection.Diagnostics);
        Assert.Equal(ManifestRuleIds.UnknownEnvironment, diagnostic.Code);
        Assert.Equal("There is no environment `prod`; the manifest defines `staging`, `production`.", diagnostic.Message);
        Assert.Equal(Manifest.IndexOf("environments", StringComparison.Ordinal), diagnostic.Span.Start);
    }

    [Fact]
    public void Asking_for_an_environment_when_there_are_none_says_so()
    {
        var document = ManifestDocument.Parse("version: 1\nimage: {name: app}\n", ManifestFormat.Yaml);
        var diagnostic = Assert.Single(document.SelectEnvironment("staging").Diagnostics);
        Assert.Contains("no `environments` section", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Environments_merge_the_same_way_in_json()
    {
        const string json = """{"version": 1, "image": {"name": "app"}, "run": {"env": {"A": "1", "B": "2"}}, "environments": {"ci": {"run": {"env": {"B": "3"}}}}}""";
        var model = ManifestDocument.Parse(json, ManifestFormat.Json).SelectEnvironment("ci").Model!;
        Assert.Equal("1", model.Run.Env["A"]);
        Assert.Equal("3", model.Run.Env["B"]);
    }
}

public sealed class EnvironmentValidationTests
{
    [Fact]
    public void An_override_needs_only_what_it_changes()
    {
        const string text = "version: 1\nimage: {name: app}\ndeploy:\n  ecs:\n    tags: {app: x}\nenvironments:\n  ci:\n    image: {tag: ci}\n    deploy:\n      ecs: {batchSize: 2}\n";
        Assert.Empty(ManifestDocument.Parse(text, ManifestFormat.Yaml).Diagnostics);
    }

    [Fact]
    public void What_an_environment_adds_up_to_is_checked_on_the_merged_manifest()
    {
        const string text = "version: 1\nimage: {name: app}\nregistry:\n  namespace: acme\nenvironments:\n  prod:\n    registry:\n      edition: enterprise\n";
        var diagnostic = Assert.Single(ManifestDocument.Parse(text, ManifestFormat.Yaml).Diagnostics);
        Assert.Equal(Rules.ManifestRuleIds.MissingProperty, diagnostic.Code);
        Assert.StartsWith("With environment `prod`: `registry.edition` is `enterprise`", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("registry", StringComparison.Ordinal), diagnostic.Span.Start);
    }
}
