using Berth.Dockerfile;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Text;
using Berth.Workspace.ShellCheck;

namespace Berth.Workspace.Tests.ShellCheck;

/// <summary>The real shellcheck program run through Berth: exact positions, pragmas, settings, cache, absence, failure.</summary>
public sealed class ShellCheckServiceTests
{
    private static string FixtureText() => File.ReadAllText(Path.Combine(RepositoryRoot(), "tests", "fixtures", "shellcheck", "Dockerfile"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
        throw new InvalidOperationException("No LanguageServer.sln above the test binaries.");
    }

    private static (ShellCheckService Service, List<string> Log, CountingShellCheckProcess Process) Create(Func<string?>? path = null)
    {
        var log = new List<string>();
        var process = new CountingShellCheckProcess();
        var service = new ShellCheckService(m => { lock (log) log.Add(m); }, process, pathVariable: path);
        return (service, log, process);
    }

    private static Task<IReadOnlyList<Diagnostic>> Check(ShellCheckService service, string text, LintSettings? settings = null, string? program = null) =>
        service.CheckAsync(DockerfileDocument.Parse(text), settings ?? LintSettings.Default, program, CancellationToken.None);

    private static (LinePosition Start, LinePosition End, string Text) Where(string text, Diagnostic d)
    {
        var lines = DockerfileDocument.Parse(text).Lines;
        return (lines.PositionOf(d.Span.Start), lines.PositionOf(d.Span.End), text.Substring(d.Span.Start, d.Span.Length));
    }

    [Fact]
    public async Task A_finding_on_the_third_continuation_line_of_a_run_has_its_exact_range()
    {
        var text = FixtureText();
        var (service, log, _) = Create();
        var findings = await Check(service, text);
        Assert.Empty(log);

        var unassigned = Assert.Single(findings, d => d.Code == "SC2154" && d.Message.StartsWith("target ", StringComparison.Ordinal));
        Assert.Equal(Severity.Warning, unassigned.Severity);
        Assert.Equal((new LinePosition(6, 23), new LinePosition(6, 30), "$target"), Where(text, unassigned));
        Assert.Equal(new Uri("https://www.shellcheck.net/wiki/SC2154"), unassigned.HelpUri);

        var quote = Assert.Single(findings, d => d.Code == "SC2086" && Where(text, d).Start.Line == 6);
        Assert.Equal(Severity.Info, quote.Severity);
        Assert.Equal("$target", Where(text, quote).Text);
        // version is a visible ARG, pre-declared: never "referenced but not assigned".
        Assert.DoesNotContain(findings, d => d.Message.StartsWith("version ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_finding_in_a_heredoc_script_has_its_exact_range()
    {
        var text = FixtureText();
        var (service, _, _) = Create();
        var findings = await Check(service, text);
        var unassigned = Assert.Single(findings, d => d.Code == "SC2154" && d.Message.StartsWith("source ", StringComparison.Ordinal));
        Assert.Equal((new LinePosition(10, 3), new LinePosition(10, 10), "$source"), Where(text, unassigned));
    }

    [Fact]
    public async Task Bash_only_syntax_is_reported_under_sh_and_accepted_under_a_bash_shell()
    {
        var (service, _, _) = Create();
        var sh = await Check(service, "FROM debian\nRUN if [[ -f /x ]]; then echo yes; fi\n");
        Assert.Contains(sh, d => d.Code == "SC3010");
        var bash = await Check(service, "FROM debian\nSHELL [\"/bin/bash\", \"-c\"]\nRUN if [[ -f /x ]]; then echo yes; fi\n");
        Assert.DoesNotContain(bash, d => d.Code == "SC3010");
    }

    [Fact]
    public async Task The_hadolint_ignore_pragma_and_the_settings_apply_to_sc_findings()
    {
        const string text = "FROM debian\n# hadolint ignore=SC2086\nRUN echo $x\nRUN echo $y\n";
        var (service, _, _) = Create();
        var findings = await Check(service, text);
        Assert.DoesNotContain(findings, d => d.Code == "SC2086" && Where(text, d).Text == "$x");
        Assert.Contains(findings, d => d.Code == "SC2086" && Where(text, d).Text == "$y");

        var ignored = await Check(service, text, new LintSettings { Ignored = ["SC2154"] });
        Assert.DoesNotContain(ignored, d => d.Code == "SC2154");
        var graded = await Check(service, text, new LintSettings { SeverityOverrides = new Dictionary<string, Severity> { ["SC2086"] = Severity.Error } });
        Assert.Equal(Severity.Error, Assert.Single(graded, d => d.Code == "SC2086").Severity);
        var global = await Check(service, "# hadolint global ignore=SC2154,SC2086\n" + text);
        Assert.Empty(global);
    }

    [Fact]
    public async Task Hadolints_exclusions_are_never_reported()
    {
        var (service, _, _) = Create();
        var findings = await Check(service, "FROM debian\nRUN . /etc/profile.d/x.sh && . \"$HOME/.env\"\nSHELL [\"/bin/ash\", \"-c\"]\nRUN echo ok\n");
        Assert.DoesNotContain(findings, d => d.Code is "SC1090" or "SC1091" or "SC2187");
    }

    [Fact]
    public async Task An_unchanged_script_is_answered_from_the_cache_without_starting_shellcheck()
    {
        const string text = "FROM debian\nRUN echo $a\nRUN echo $b\n";
        var (service, _, process) = Create();
        var first = await Check(service, text);
        Assert.Equal(2, process.Runs);

        // Same RUNs, another instruction edited: no new process, same findings.
        var second = await Check(service, "FROM debian:12\nRUN echo $a\nRUN echo $b\n");
        Assert.Equal(2, process.Runs);
        Assert.Equal(first.Select(d => (d.Code, d.Message)), second.Select(d => (d.Code, d.Message)));

        // One RUN edited: one new process.
        await Check(service, "FROM debian\nRUN echo $a\nRUN echo $c\n");
        Assert.Equal(3, process.Runs);
        Assert.Equal(3, service.CachedScripts);
    }

    [Fact]
    public async Task A_missing_program_is_said_once_and_gives_no_findings()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "no-such-shellcheck");
        var (service, log, process) = Create();
        Assert.Empty(await Check(service, "FROM debian\nRUN echo $a\n", program: missing));
        Assert.Empty(await Check(service, "FROM debian\nRUN echo $b\n", program: missing));
        var message = Assert.Single(log);
        Assert.Contains(missing, message, StringComparison.Ordinal);
        Assert.Equal(0, process.Runs);

        var (onPath, pathLog, _) = Create(() => folder.Path);
        Assert.Empty(await Check(onPath, "FROM debian\nRUN echo $a\n"));
        Assert.Empty(await Check(onPath, "FROM debian\nRUN echo $a\n"));
        Assert.Contains("not installed", Assert.Single(pathLog), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_that_is_not_shellcheck_is_reported_once_in_the_log_not_thrown()
    {
        var (service, log, _) = Create();
        var notShellCheck = File.Exists("/bin/true") ? "/bin/true" : "/usr/bin/true";
        Assert.Empty(await Check(service, "FROM debian\nRUN echo $a\n", program: notShellCheck));
        Assert.Empty(await Check(service, "FROM debian\nRUN echo $a\n", program: notShellCheck));
        Assert.Contains("could not be read", Assert.Single(log), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_stops_the_check()
    {
        var (service, _, _) = Create();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            service.CheckAsync(DockerfileDocument.Parse("FROM debian\nRUN echo $a\n"), LintSettings.Default, null, cancelled.Token));
    }

    [Fact]
    public async Task A_script_that_takes_too_long_is_left_out_with_one_log_line()
    {
        var log = new List<string>();
        var service = new ShellCheckService(log.Add, new NeverAnswers(), timeout: TimeSpan.FromMilliseconds(50));
        var findings = await service.CheckAsync(DockerfileDocument.Parse("FROM debian\nRUN echo $a\n"), LintSettings.Default, null, CancellationToken.None);
        Assert.Empty(findings);
        Assert.Contains("line 2", Assert.Single(log), StringComparison.Ordinal);
        Assert.Equal(0, service.CachedScripts);
    }

    // Waits until it is cancelled, like a hung program.
    private sealed class NeverAnswers : IShellCheckProcess
    {
        public async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, string script, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return "";
        }
    }
}
