using System.CommandLine;
using Berth.Cli.Output;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.Workspace.BuildContexts;
using Berth.Workspace.Configuration;
using Berth.Workspace.Files;
using Berth.Workspace.Linting;
using Berth.Workspace.Manifests;
using Berth.Workspace.ShellCheck;
using Berth.Manifest.Syntax;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth lint [PATH...]</c>: checks Dockerfiles and berth.yaml/berth.json manifests (a folder means every one
/// under it) and prints the findings. Settings come from a .hadolint.yaml (found as hadolint finds it, or --config)
/// with the flags layered on top. Exit 1 when a finding reaches the failure threshold, 2 on bad usage or an
/// unreadable file.
/// </summary>
public static class LintCommand
{
    private static readonly string[] ThresholdNames = ["error", "warning", "info", "style", "none"];

    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Dockerfiles and manifests, or folders to search for them (Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile, berth.yaml, berth.json). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Output format.", DefaultValueFactory = _ => "tty" };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var config = new Option<string>("--config", "-c") { Description = "A .hadolint.yaml to use instead of the one found in the current folder or your configuration folder." };
        var ignore = new Option<string[]>("--ignore") { Description = "A rule id to ignore (repeatable), e.g. --ignore DL3008." };
        var threshold = new Option<string>("--failure-threshold", "-t") { Description = "Exit with 1 when a finding is at least this severe [default: error, or the config file's]." };
        threshold.AcceptOnlyFromAmong(ThresholdNames);
        var asError = new Option<string[]>("--error") { Description = "Report this rule id as an error (repeatable)." };
        var asWarning = new Option<string[]>("--warning") { Description = "Report this rule id as a warning (repeatable)." };
        var asInfo = new Option<string[]>("--info") { Description = "Report this rule id as info (repeatable)." };
        var asStyle = new Option<string[]>("--style") { Description = "Report this rule id as style (repeatable)." };
        var trusted = new Option<string[]>("--trusted-registry") { Description = "A registry FROM may pull from (repeatable; wildcards such as *.gcr.io). Enables DL3026." };
        var requireLabel = new Option<string[]>("--require-label") { Description = "A label every image must have, as NAME:FORMAT (text, url, semver, hash, rfc3339, spdx, email; repeatable)." };
        var strictLabels = new Option<bool>("--strict-labels") { Description = "Report labels that --require-label does not list." };
        var fix = new Option<bool>("--fix") { Description = "Apply every certain fix to the files, then report what remains." };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the tty output (also: the NO_COLOR variable)." };
        var noShellCheck = new Option<bool>("--no-shellcheck") { Description = "Do not run ShellCheck on RUN instructions (it runs when the shellcheck program is installed)." };

        var command = new Command("lint", "Check Dockerfiles and berth.yaml manifests and print the findings.")
        {
            paths, format, config, ignore, threshold, asError, asWarning, asInfo, asStyle, trusted, requireLabel, strictLabels, fix, noColor, noShellCheck,
        };
        command.SetAction(parse =>
        {
            var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
            foreach (var (option, severity) in new[] { (asStyle, Severity.Style), (asInfo, Severity.Info), (asWarning, Severity.Warning), (asError, Severity.Error) })
            {
                foreach (var id in parse.GetValue(option) ?? []) overrides[id.Trim()] = severity;
            }
            var labels = new Dictionary<string, LabelFormat>(StringComparer.Ordinal);
            foreach (var spec in parse.GetValue(requireLabel) ?? [])
            {
                var colon = spec.LastIndexOf(':');
                if (colon <= 0 || !HadolintConfig.TryLabelFormat(spec[(colon + 1)..], out var labelFormat))
                {
                    console.Error.WriteLine($"berth lint: --require-label '{spec}' must be NAME:FORMAT with FORMAT one of text, url, semver, hash, rfc3339, spdx, email.");
                    return ExitCodes.UsageOrInput;
                }
                labels[spec[..colon]] = labelFormat;
            }
            Severity? cliThreshold = null;
            var thresholdGiven = parse.GetValue(threshold) is { } thresholdName && HadolintConfig.TryThreshold(thresholdName, out cliThreshold);
            var request = new LintRequest(
                Paths: parse.GetValue(paths) is { Length: > 0 } given ? given : ["."],
                Format: parse.GetValue(format)!,
                ConfigPath: parse.GetValue(config),
                Flags: new LintSettings
                {
                    Ignored = [.. (parse.GetValue(ignore) ?? []).Select(id => id.Trim())],
                    SeverityOverrides = overrides,
                    TrustedRegistries = parse.GetValue(trusted) ?? [],
                    RequiredLabels = labels,
                    StrictLabels = parse.GetValue(strictLabels),
                },
                Threshold: thresholdGiven ? new ThresholdChoice(cliThreshold) : null,
                Fix: parse.GetValue(fix),
                Color: console.UseColor && !parse.GetValue(noColor),
                ShellCheck: !parse.GetValue(noShellCheck));
            return Run(request, console);
        });
        return command;
    }

    /// <summary>A failure threshold the user chose on the command line (null severity: "none").</summary>
    public sealed record ThresholdChoice(Severity? Minimum);

    /// <summary>Everything lint needs, parsed from the command line. <paramref name="ShellCheck"/>: run ShellCheck on RUN when installed.</summary>
    public sealed record LintRequest(
        IReadOnlyList<string> Paths, string Format, string? ConfigPath, LintSettings Flags, ThresholdChoice? Threshold, bool Fix, bool Color, bool ShellCheck = true);

    public static int Run(LintRequest request, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(console);
        LintSettings settings;
        IReadOnlyList<LintTargets.Target> targets;
        try
        {
            settings = ResolveSettings(request, console);
            targets = LintTargets.Resolve(request.Paths, console.CurrentDirectory);
        }
        catch (WorkspaceException e)
        {
            console.Error.WriteLine($"berth lint: {e.Message}");
            return ExitCodes.UsageOrInput;
        }

        // One service per run: a missing shellcheck is reported once, and identical RUNs across files are checked once.
        var shellCheck = request.ShellCheck ? new ShellCheckService(message => console.Error.WriteLine($"berth lint: warning: {message}")) : null;
        var reports = new List<FileReport>(targets.Count);
        var unreadable = false;
        foreach (var target in targets)
        {
            try
            {
                var file = SourceFile.Read(target.DisplayPath, target.FullPath);
                if (ManifestFormats.IsManifestFileName(target.FullPath))
                {
                    reports.Add(FileReport.LintManifest(file, settings, DiskManifestFileSystem.Instance));
                    continue;
                }
                var context = OpenBuildContext(target.FullPath, console);
                var report = FileReport.Lint(file, settings, context, shellCheck);
                if (request.Fix) report = ApplyFixes(report, settings, context, shellCheck, console);
                reports.Add(report);
            }
            catch (WorkspaceException e)
            {
                // Keep going: one unreadable file should not hide the findings of the others.
                console.Error.WriteLine($"berth lint: {e.Message}");
                unreadable = true;
            }
        }

        ReportFormats.Create(request.Format, request.Color).Write(reports, console.Out);
        console.Out.Flush();

        if (unreadable) return ExitCodes.UsageOrInput;
        return reports.Any(r => Linter.Fails(r.Diagnostics, settings)) ? ExitCodes.Findings : ExitCodes.Success;
    }

    // The config file (explicit, or found the way hadolint finds it) with the flags layered on top.
    // An explicit --config with problems is bad usage; a found one's problems are warnings, so that a
    // newer key in a shared .hadolint.yaml never breaks a CI run.
    private static LintSettings ResolveSettings(LintRequest request, CliConsole console)
    {
        var settings = LintSettings.Default;
        if (request.ConfigPath is { } explicitPath)
        {
            var config = LintConfigFile.Load(explicitPath, Path.GetFullPath(explicitPath, console.CurrentDirectory));
            if (config.Problems.Count > 0) throw new WorkspaceException(string.Join(Environment.NewLine + "berth lint: ", config.Problems));
            settings = config.Settings;
        }
        else if (HadolintConfigLocator.Find(console.CurrentDirectory) is { } found)
        {
            var config = LintConfigFile.Load(Path.GetRelativePath(console.CurrentDirectory, found), found);
            foreach (var problem in config.Problems) console.Error.WriteLine($"berth lint: warning: {problem}");
            settings = config.Settings;
        }
        var merged = settings.Merge(request.Flags);
        return request.Threshold is { } chosen ? merged with { FailureThreshold = chosen.Minimum } : merged with { FailureThreshold = settings.FailureThreshold };
    }

    // The build context is build.context of the berth.yaml that builds the Dockerfile, else the Dockerfile's folder;
    // an unreadable .dockerignore or manifest only turns the context rules off.
    private static DiskBuildContext? OpenBuildContext(string dockerfilePath, CliConsole console)
    {
        try
        {
            return DiskBuildContext.ForDockerfile(dockerfilePath);
        }
        catch (WorkspaceException e)
        {
            console.Error.WriteLine($"berth lint: warning: {e.Message}");
            return null;
        }
    }

    private static FileReport ApplyFixes(FileReport report, LintSettings settings, DiskBuildContext? context, ShellCheckService? shellCheck, CliConsole console)
    {
        var fixedText = FixApplier.FixAll(report.File.Text, report.Diagnostics);
        if (fixedText == report.File.Text) return report;
        report.File.WriteText(fixedText);
        var after = FileReport.Lint(report.File with { Text = fixedText }, settings, context, shellCheck);
        console.Error.WriteLine($"berth lint: applied fixes to {report.File.DisplayPath}");
        return after;
    }
}
