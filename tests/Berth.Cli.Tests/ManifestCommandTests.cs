namespace Berth.Cli.Tests;

/// <summary><c>berth init</c> writes a manifest that <c>berth lint</c> then checks, together with the Dockerfile.</summary>
public sealed class ManifestCommandTests
{
    private const string Dockerfile = "FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim AS runtime\nEXPOSE 8080\nCMD [\"node\", \"server.js\"]\n";

    [Fact]
    public async Task Init_writes_a_manifest_that_lints_clean()
    {
        using var temp = new TempFolder();
        var app = Directory.CreateDirectory(Path.Combine(temp.Path, "Shop API")).FullName;
        File.WriteAllText(Path.Combine(app, "Dockerfile"), Dockerfile);

        var init = await CliRun.RunAsync(temp.Path, "init", "Shop API");
        Assert.Equal(0, init.ExitCode);
        Assert.Equal("", init.Error);
        var manifest = File.ReadAllText(Path.Combine(app, "berth.yaml"));
        Assert.Contains("name: shop-api", manifest, StringComparison.Ordinal);
        Assert.Contains("target: runtime", manifest, StringComparison.Ordinal);
        Assert.Contains("- \"8080:8080\"", manifest, StringComparison.Ordinal);

        var lint = await CliRun.RunAsync(temp.Path, "lint", "Shop API");
        Assert.Equal(0, lint.ExitCode);
        Assert.Equal("No findings in 2 files.", lint.Out.Trim());
    }

    [Fact]
    public async Task Init_refuses_to_overwrite_without_force()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "Dockerfile"), Dockerfile);
        File.WriteAllText(Path.Combine(temp.Path, "berth.yaml"), "version: 1\n");
        var run = await CliRun.RunAsync(temp.Path, "init");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("already exists; edit it, or pass --force", run.Error, StringComparison.Ordinal);
        Assert.Equal("version: 1\n", File.ReadAllText(Path.Combine(temp.Path, "berth.yaml")));

        Assert.Equal(0, (await CliRun.RunAsync(temp.Path, "init", "--force")).ExitCode);
        Assert.Contains("image:", File.ReadAllText(Path.Combine(temp.Path, "berth.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Init_without_a_dockerfile_says_what_to_do()
    {
        using var temp = new TempFolder();
        var run = await CliRun.RunAsync(temp.Path, "init");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("berth init: there is no Dockerfile in .; write the Dockerfile first, or name it with --dockerfile.", run.Error.Trim());
        Assert.False(File.Exists(Path.Combine(temp.Path, "berth.yaml")));
    }

    [Fact]
    public async Task Lint_reports_manifest_findings_with_lines_and_columns()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "Dockerfile"), Dockerfile);
        File.WriteAllText(Path.Combine(temp.Path, "berth.yaml"), "version: 1\nimage:\n  name: app\nbuild:\n  target: runtme\n");
        var run = await CliRun.RunAsync(temp.Path, "lint", "berth.yaml");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("berth.yaml:5:11: error BER2022 `build.target` is \"runtme\"", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_of_a_folder_includes_its_manifest()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "Dockerfile"), Dockerfile);
        File.WriteAllText(Path.Combine(temp.Path, "berth.json"), "{\"version\": 1, \"image\": {\"name\": \"app\"}, \"registry\": {\"edition\": \"enterprize\"}}");
        var run = await CliRun.RunAsync(temp.Path, "lint", ".");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("berth.json:1:", run.Out, StringComparison.Ordinal);
        Assert.Contains("did you mean `enterprise`?", run.Out, StringComparison.Ordinal);
    }
}
