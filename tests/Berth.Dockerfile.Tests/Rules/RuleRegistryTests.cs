using Berth.Dockerfile.Rules;

namespace Berth.Dockerfile.Tests.Rules;

public sealed class RuleRegistryTests
{
    [Fact]
    public void Every_rule_has_a_documentation_page_with_its_severity()
    {
        var docs = Path.Combine(Fixtures.RepoRoot, "docs", "rules");
        foreach (var rule in RuleRegistry.Descriptors)
        {
            var page = Path.Combine(docs, rule.Id + ".md");
            Assert.True(File.Exists(page), $"missing docs/rules/{rule.Id}.md");
            var text = File.ReadAllText(page);
            Assert.Contains($"**Default severity:** {rule.DefaultSeverity}", text, StringComparison.Ordinal);
            Assert.Contains("## Failing example", text, StringComparison.Ordinal);
            Assert.Contains("## Passing example", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rule_ids_are_unique_and_aliases_resolve()
    {
        Assert.Equal(RuleRegistry.Descriptors.Count, RuleRegistry.Descriptors.Select(d => d.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("MaintainerDeprecated", Assert.Single(RuleRegistry.Named("DL4000")).Id);
        Assert.Equal("JSONArgsRecommended", Assert.Single(RuleRegistry.Named("dl3025")).Id);
        Assert.True(RuleRegistry.Descriptors.Count >= 100);
    }
}
