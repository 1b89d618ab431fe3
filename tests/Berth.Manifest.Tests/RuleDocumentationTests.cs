using System.Reflection;
using Berth.Manifest.Rules;

namespace Berth.Manifest.Tests;

public sealed class RuleDocumentationTests
{
    private static List<string> AllIds() =>
        typeof(ManifestRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!).ToList();

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in AllIds()) data.Add(id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page_with_a_bad_and_a_good_example(string id)
    {
        var page = Path.Combine(RepositoryPaths.Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: ", text, StringComparison.Ordinal);
        Assert.Contains("## Bad", text, StringComparison.Ordinal);
        Assert.Contains("## Good", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_ids_are_unique_and_in_the_manifest_range()
    {
        var ids = AllIds();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^BER2[0-9]{3}$", id));
    }
}
