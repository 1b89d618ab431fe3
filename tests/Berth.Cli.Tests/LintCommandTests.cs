namespace Berth.Cli.Tests;

/// <summary><c>berth lint</c>: paths, exit codes, the tty format and the filtering flags.</summary>
public sealed class LintCommandTests
{
    [Fact]
    public async Task A_clean_Dockerfile_exits_zero()
    {
        var run = await CliRun.InFixturesAsync("lint", "clean/Dockerfile");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No findings in 1 file.", run.Out.Trim());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task An_error_prints_path_line_col_severity_code_message_and_exits_one()
    {
        var run = await CliRun.InFixturesAsync("lint", "broken/Dockerfile");
        Assert.Equal(1, run.ExitCode);
        var first = run.Out.Split('\n')[0];
        Assert.StartsWith("broken/Dockerfile:2:1: error BER0001 ", first, StringComparison.Ordinal);
        Assert.DoesNotContain("\e[", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Columns_count_UTF16_code_units_on_lines_with_CJK_and_emoji()
    {
        var run = await CliRun.InFixturesAsync("lint", "cjk/Dockerfile");
        Assert.Equal(1, run.ExitCode);
        // "COPY --from=ビルド😀 --chmod=999z": the bad mode starts at UTF-16 column 27 (1-based), byte column 35.
        Assert.Contains("cjk/Dockerfile:4:27: error BER0026 ", run.Out, StringComparison.Ordinal);
        Assert.Contains("cjk/Dockerfile:9:12: error BER0023 ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ignoring_the_rule_makes_the_run_pass()
    {
        var run = await CliRun.InFixturesAsync("lint", "--ignore", "ber0001", "broken/Dockerfile");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("BER0001", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ignore_is_repeatable()
    {
        var run = await CliRun.InFixturesAsync("lint", "--ignore", "DL3006", "--ignore", "BER0001", "broken/Dockerfile");
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Failure_threshold_none_never_fails_but_still_reports()
    {
        var run = await CliRun.InFixturesAsync("lint", "--failure-threshold", "none", "broken/Dockerfile");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("BER0001", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regrading_an_error_below_the_threshold_passes()
    {
        var run = await CliRun.InFixturesAsync("lint", "--warning", "BER0001", "broken/Dockerfile");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("broken/Dockerfile:2:1: warning BER0001", run.Out, StringComparison.Ordinal);

        var strict = await CliRun.InFixturesAsync("lint", "--warning", "BER0001", "-t", "warning", "broken/Dockerfile");
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public async Task A_folder_is_searched_recursively_for_every_Dockerfile_name()
    {
        var run = await CliRun.InFixturesAsync("lint", "nested");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No findings in 3 files.", run.Out.Trim());
    }

    [Fact]
    public async Task A_missing_path_exits_two_with_a_clear_message()
    {
        var run = await CliRun.InFixturesAsync("lint", "no/such/Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("berth lint: no/such/Dockerfile: no such file or folder. Check the path.", run.Error.Trim());
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task An_unknown_format_is_bad_usage_and_exits_two()
    {
        var run = await CliRun.InFixturesAsync("lint", "--format", "yaml", "clean/Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("yaml", run.Error, StringComparison.Ordinal);
        Assert.Contains("berth lint --help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_threshold_is_bad_usage_and_exits_two()
    {
        var run = await CliRun.InFixturesAsync("lint", "--failure-threshold", "fatal", "clean/Dockerfile");
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task An_unknown_option_is_bad_usage_and_exits_two()
    {
        var run = await CliRun.InFixturesAsync("lint", "--frobnicate", "clean/Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--frobnicate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_file_exits_two_and_the_other_files_are_still_reported()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "Dockerfile"), "FROM alpine:3.20\nFORM x\n");
        // A dangling link: listed in the folder, unreadable whoever runs the test (root ignores permissions).
        File.CreateSymbolicLink(Path.Combine(folder.Path, "api.Dockerfile"), Path.Combine(folder.Path, "gone"));

        var run = await CliRun.RunAsync(folder.Path, "lint", ".");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("berth lint: api.Dockerfile: no such file. Check the path.", run.Error.Trim());
        Assert.Contains("Dockerfile:2:1: error BER0001", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_without_a_path_checks_the_current_folder()
    {
        var run = await CliRun.RunAsync(Path.Combine(RepoPaths.LintFixtures, "clean"), "lint");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("No findings in 1 file.", run.Out.Trim());
    }

    [Fact]
    public async Task A_hadolint_yaml_in_the_working_folder_is_used_and_its_problems_are_warnings()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "Dockerfile"), "FROM alpine:3.20\nFORM x\n");
        File.WriteAllText(Path.Combine(folder.Path, ".hadolint.yaml"), "ignored:\n  - BER0001\ncolour: red\n");

        var run = await CliRun.RunAsync(folder.Path, "lint");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("BER0001", run.Out, StringComparison.Ordinal);
        Assert.Contains("berth lint: warning: .hadolint.yaml: line 3: unknown setting 'colour'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_config_files_failure_threshold_applies_unless_the_flag_overrides_it()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "Dockerfile"), "FROM alpine:3.20\nFORM x\n");
        File.WriteAllText(Path.Combine(folder.Path, "lint.yaml"), "failure-threshold: none\n");

        var fromConfig = await CliRun.RunAsync(folder.Path, "lint", "--config", "lint.yaml");
        Assert.Equal(0, fromConfig.ExitCode);
        Assert.Contains("BER0001", fromConfig.Out, StringComparison.Ordinal);

        var fromFlag = await CliRun.RunAsync(folder.Path, "lint", "--config", "lint.yaml", "--failure-threshold", "error");
        Assert.Equal(1, fromFlag.ExitCode);
    }

    [Fact]
    public async Task An_explicit_config_with_problems_or_missing_is_bad_usage()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "Dockerfile"), "FROM alpine:3.20\n");
        File.WriteAllText(Path.Combine(folder.Path, "bad.yaml"), "ignored: [DL3006\n");

        var broken = await CliRun.RunAsync(folder.Path, "lint", "-c", "bad.yaml");
        Assert.Equal(2, broken.ExitCode);
        Assert.StartsWith("berth lint: bad.yaml: line ", broken.Error, StringComparison.Ordinal);

        var missing = await CliRun.RunAsync(folder.Path, "lint", "-c", "nope.yaml");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("berth lint: nope.yaml: no such file. Check the path.", missing.Error.Trim());
    }

    [Fact]
    public async Task A_required_label_must_be_name_colon_format()
    {
        var run = await CliRun.InFixturesAsync("lint", "--require-label", "maintainer", "clean/Dockerfile");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("NAME:FORMAT", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fix_applies_certain_fixes_on_disk_and_reports_what_remains()
    {
        using var folder = new TempFolder();
        var dockerfile = Path.Combine(folder.Path, "Dockerfile");
        File.WriteAllText(dockerfile, "FROM debian:12\nRUN apt install -y curl\n");
        var before = await CliRun.RunAsync(folder.Path, "lint", "--format", "json");
        Assert.Contains("\"DL3027\"", before.Out, StringComparison.Ordinal);

        var run = await CliRun.RunAsync(folder.Path, "lint", "--fix", "--format", "json");

        var text = File.ReadAllText(dockerfile);
        Assert.Contains("apt-get install", text, StringComparison.Ordinal);
        Assert.DoesNotContain("RUN apt install", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"DL3027\"", run.Out, StringComparison.Ordinal);
        Assert.Contains("applied fixes to Dockerfile", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lsp_without_stdio_is_bad_usage()
    {
        var run = await CliRun.InFixturesAsync("lsp");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--stdio", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_and_help_are_printed()
    {
        var version = await CliRun.InFixturesAsync("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Out.Trim());

        var help = await CliRun.InFixturesAsync("lint", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--failure-threshold", help.Out, StringComparison.Ordinal);
        Assert.Contains("sarif", help.Out, StringComparison.Ordinal);
    }
}
