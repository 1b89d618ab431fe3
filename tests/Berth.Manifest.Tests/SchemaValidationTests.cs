using Berth.Dockerfile.Diagnostics;
using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

public sealed class SchemaValidationTests
{
    public static TheoryData<string, string, string> InvalidYaml => new()
    {
        // marked text, rule id, exact message
        { "version: 1\nrun:\n  ports:\n    - \"8080:80\"\n    - «\"80:80:80\"»\n", ManifestRuleIds.InvalidValue,
            "`run.ports[1]`: \"80:80:80\" is not a port mapping; write HOST:CONTAINER like \"8080:80\"." },
        { "version: 1\nregistry:\n  edition: «enterprize»\n", ManifestRuleIds.InvalidValue,
            "`registry.edition` must be `personal` or `enterprise`; did you mean `enterprise`?" },
        { "version: 1\nregistry:\n  region: «cn-hangzho»\n", ManifestRuleIds.InvalidValue,
            "`registry.region`: \"cn-hangzho\" is not one of the allowed values (completion lists them); did you mean `cn-hangzhou`?" },
        { "version: 1\nrun:\n  «prots»: []\n", ManifestRuleIds.UnknownProperty,
            "`prots` is not a setting in `run`; did you mean `ports`?" },
        { "version: 1\n«colour»: red\n", ManifestRuleIds.UnknownProperty,
            "`colour` is not a setting at the top level of the manifest; the settings here are `$schema`, `version`, `image`, `build`, `run`, `registry`, `alibabaCloud`, `deploy`, `environments`." },
        { "version: 1\nrun: «[1]»\n", ManifestRuleIds.InvalidValue, "`run` must be a map, not a list." },
        { "version: 1\nbuild:\n  noCache: «\"yes\"»\n", ManifestRuleIds.InvalidValue, "`build.noCache` must be true or false, not the text \"yes\"." },
        { "version: «2»\n", ManifestRuleIds.InvalidValue, "`version` must be `1`." },
        { "«image»: {name: app}\n", ManifestRuleIds.MissingProperty, "The manifest needs `version: 1` at the top level." },
        { "version: 1\nbuild:\n  target: «[a]»\n", ManifestRuleIds.InvalidValue, "`build.target` must be text, not a list." },
        { "version: 1\nimage:\n  name: «Shop_API»\n", ManifestRuleIds.InvalidValue,
            "`image.name`: \"Shop_API\" is not valid; use 2 to 64 lower-case letters, digits, \".\", \"_\" or \"-\", starting and ending with a letter or digit, like \"shop-api\"." },
        { "version: 1\nimage:\n  name: app\n  tag: «\"{git.commit}\"»\n", ManifestRuleIds.InvalidValue,
            "`image.tag`: \"{git.commit}\" is not valid; use letters, digits, \"_\", \".\" and \"-\" (not first), and only the placeholders {git.sha}, {git.shortSha}, {git.branch}, {date} and {timestamp}." },
        { "version: 1\nregistry:\n  instanceId: «cri_123»\n", ManifestRuleIds.InvalidValue,
            "`registry.instanceId`: \"cri_123\" is not an ACR instance id; it looks like \"cri-kmsiwlxxdcvaduwb\"." },
        { "version: 1\ndeploy:\n  ecs:\n    instanceIds: [«i-123»]\n", ManifestRuleIds.InvalidValue,
            "`deploy.ecs.instanceIds[0]`: \"i-123\" is not an ECS instance id; it looks like \"i-bp67acfmxazb4ph8rxyz\"." },
        { "version: 1\n«registry»:\n  edition: enterprise\n", ManifestRuleIds.MissingProperty,
            "`registry.edition` is `enterprise`, so `registry.instanceId` is needed (the \"cri-...\" id of your instance)." },
        { "version: 1\ndeploy:\n  «ecs»:\n    batchSize: 2\n", ManifestRuleIds.InvalidValue,
            "`deploy.ecs` selects no instances; add `instanceIds` or `tags`." },
        { "version: 1\ndeploy:\n  ecs:\n    tags: {app: x}\n    batchSize: «0»\n", ManifestRuleIds.InvalidValue, "`deploy.ecs.batchSize` must be at least 1." },
        { "version: 1\nbuild:\n  args:\n    «9LIVES»: 1\n", ManifestRuleIds.InvalidValue,
            "`build.args`: \"9LIVES\" is not a valid name; a build argument name holds letters, digits and \"_\" and does not start with a digit." },
        { "version: 1\nrun:\n  healthcheck:\n    interval: «soon»\n", ManifestRuleIds.InvalidValue,
            "`run.healthcheck.interval`: \"soon\" is not valid; write a duration like \"30s\", \"1m30s\" or \"500ms\"." },
        { "version: 1\nenvironments:\n  staging:\n    run:\n      «prots»: []\n", ManifestRuleIds.UnknownProperty,
            "`prots` is not a setting in `environments.staging.run`; did you mean `ports`?" },
        { "version: 1\nbuild:\n  context: «\"\"»\n", ManifestRuleIds.InvalidValue, "`build.context` can't be empty; give a value or remove the line." },
    };

    [Theory]
    [MemberData(nameof(InvalidYaml))]
    public void Each_schema_error_is_one_worded_diagnostic_on_the_offending_text(string marked, string code, string message)
    {
        var (text, span) = Marked.Parse(marked);
        var document = ManifestDocument.Parse(text, ManifestFormat.Yaml);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(span, diagnostic.Span);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(new Uri($"https://github.com/berth-tools/berth/blob/main/docs/rules/{code}.md"), diagnostic.HelpUri);
    }

    [Fact]
    public void The_json_form_reports_the_same_errors_on_its_own_ranges()
    {
        var (text, span) = Marked.Parse("{\n  \"version\": 1,\n  \"run\": { \"ports\": [\"8080:80\", «\"80:80:80\"»] }\n}");
        var document = ManifestDocument.Parse(text, ManifestFormat.Json);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal("`run.ports[1]`: \"80:80:80\" is not a port mapping; write HOST:CONTAINER like \"8080:80\".", diagnostic.Message);
        Assert.Equal(span, diagnostic.Span);
    }

    [Fact]
    public void Json_unknown_property_points_at_the_quoted_key()
    {
        var (text, span) = Marked.Parse("{\"version\": 1, «\"imag\"»: {}}");
        var diagnostic = Assert.Single(ManifestDocument.Parse(text, ManifestFormat.Json).Diagnostics);
        Assert.Equal(ManifestRuleIds.UnknownProperty, diagnostic.Code);
        Assert.Equal("`imag` is not a setting at the top level of the manifest; did you mean `image`?", diagnostic.Message);
        Assert.Equal(span, diagnostic.Span);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_manifest_says_how_to_start(string text)
    {
        var diagnostic = Assert.Single(ManifestDocument.Parse(text, ManifestFormat.Yaml).Diagnostics);
        Assert.Equal(ManifestRuleIds.MissingProperty, diagnostic.Code);
        Assert.Contains("`version: 1`", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_with_several_problems_reports_each_once_in_text_order()
    {
        var text = File.ReadAllText(RepositoryPaths.Fixtures("invalid", "many-problems.berth.yaml"));
        var document = ManifestDocument.Parse(text, "many-problems.berth.yaml");
        Assert.Equal(
            [(ManifestRuleIds.InvalidValue, "Shop_API"), (ManifestRuleIds.UnknownProperty, "prots"), (ManifestRuleIds.InvalidValue, "enterprize")],
            document.Diagnostics.Select(d => (d.Code, text.Substring(d.Span.Start, d.Span.Length))).ToList());
    }

    [Fact]
    public void A_syntax_error_is_reported_without_schema_noise()
    {
        var document = ManifestDocument.Parse("version: 1\nimage: {name: app\n", ManifestFormat.Yaml);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(ManifestRuleIds.SyntaxError, diagnostic.Code);
    }
}
