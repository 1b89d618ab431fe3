using System.Text.Json;
using System.Xml.Linq;

namespace Berth.Cli.Tests;

/// <summary>Each machine-readable format has the shape its consumers expect, and carries the findings.</summary>
public sealed class OutputFormatTests
{
    private static async Task<CliRun> LintBrokenAsync(string format)
    {
        var run = await CliRun.InFixturesAsync("lint", "--format", format, "broken/Dockerfile");
        Assert.Equal(1, run.ExitCode);
        return run;
    }

    [Fact]
    public async Task Json_lists_findings_with_hadolint_field_names()
    {
        var run = await LintBrokenAsync("json");
        using var json = JsonDocument.Parse(run.Out);
        var finding = json.RootElement.EnumerateArray().Single(f => f.GetProperty("code").GetString() == "BER0001");
        Assert.Equal("broken/Dockerfile", finding.GetProperty("file").GetString());
        Assert.Equal(2, finding.GetProperty("line").GetInt32());
        Assert.Equal(1, finding.GetProperty("column").GetInt32());
        Assert.Equal(5, finding.GetProperty("endColumn").GetInt32());
        Assert.Equal("error", finding.GetProperty("level").GetString());
        Assert.EndsWith("/docs/rules/BER0001.md", finding.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_of_a_clean_file_is_an_empty_array()
    {
        var run = await CliRun.InFixturesAsync("lint", "-f", "json", "clean/Dockerfile");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Sarif_is_a_2_1_0_log_with_rules_help_uris_and_located_results()
    {
        var run = await LintBrokenAsync("sarif");
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        var sarifRun = root.GetProperty("runs").EnumerateArray().Single();
        var driver = sarifRun.GetProperty("tool").GetProperty("driver");
        Assert.Equal("berth", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "BER0001");
        Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);

        var result = sarifRun.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "BER0001");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("BER0001", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("message").GetProperty("text").GetString()));
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("broken/Dockerfile", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal(2, region.GetProperty("startLine").GetInt32());
        Assert.Equal(1, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(5, region.GetProperty("endColumn").GetInt32());
    }

    [Fact]
    public async Task Checkstyle_has_a_file_element_with_error_elements()
    {
        var run = await LintBrokenAsync("checkstyle");
        var xml = XDocument.Parse(run.Out);
        Assert.Equal("checkstyle", xml.Root!.Name.LocalName);
        var file = xml.Root.Elements("file").Single();
        Assert.Equal("broken/Dockerfile", (string?)file.Attribute("name"));
        var error = file.Elements("error").Single(e => (string?)e.Attribute("source") == "BER0001");
        Assert.Equal("2", (string?)error.Attribute("line"));
        Assert.Equal("1", (string?)error.Attribute("column"));
        Assert.Equal("error", (string?)error.Attribute("severity"));
    }

    [Fact]
    public async Task GitLab_code_quality_issues_have_stable_fingerprints()
    {
        var first = await LintBrokenAsync("gitlab");
        var second = await LintBrokenAsync("gitlab");
        using var json = JsonDocument.Parse(first.Out);
        var issue = json.RootElement.EnumerateArray().Single(i => i.GetProperty("check_name").GetString() == "BER0001");
        Assert.Equal("major", issue.GetProperty("severity").GetString());
        Assert.Equal("broken/Dockerfile", issue.GetProperty("location").GetProperty("path").GetString());
        Assert.Equal(2, issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", issue.GetProperty("fingerprint").GetString());
        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task JUnit_has_a_failing_case_per_finding_and_a_passing_case_per_clean_file()
    {
        var run = await CliRun.InFixturesAsync("lint", "--format", "junit", "broken/Dockerfile", "clean/Dockerfile");
        Assert.Equal(1, run.ExitCode);
        var xml = XDocument.Parse(run.Out);
        var suites = xml.Root!.Elements("testsuite").ToList();
        Assert.Equal(2, suites.Count);
        var broken = suites.Single(s => (string?)s.Attribute("name") == "broken/Dockerfile");
        Assert.Contains(broken.Elements("testcase"), c => c.Element("failure") is { } failure && ((string?)c.Attribute("name"))!.StartsWith("BER0001", StringComparison.Ordinal));
        var clean = suites.Single(s => (string?)s.Attribute("name") == "clean/Dockerfile");
        var passing = Assert.Single(clean.Elements("testcase"));
        Assert.Null(passing.Element("failure"));
        Assert.Equal("0", (string?)clean.Attribute("failures"));
    }
}
