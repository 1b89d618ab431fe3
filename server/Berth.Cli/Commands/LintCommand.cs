using System.CommandLine;
using Berth.Cli.Output;
using Berth.Dockerfile.Diagnostics;
using Berth.Workspace.Files;
using Berth.Workspace.Linting;
using Berth.Workspace.Manifests;
using Berth.Manifest.Syntax;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth lint [PATH...]</c>: checks Dockerfiles and berth.yaml/berth.json manifests (a folder means every one under it) and prints the
/// findings. Exit 1 when a finding reaches the failure threshold, 2 on bad usage or an unreadable file.
/// </summary>
public static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Dockerfiles and manifests, or folders to search for them (Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile, berth.yaml, berth.json). Default: the current folder.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "tty",
        };
        format.AcceptOnlyFromAmong([.. ReportFormats.Names]);
        var ignore = new Option<string[]>("--ignore") { Description = "A rule id to ignore (repeatable), e.g. --ignore DL3008." };
        var threshold = new Option<string>("--failure-threshold", "-t")
        {
            Description = "Exit with 1 when a finding is at least this severe.",
            DefaultValueFactory = _ => "error",
        };
        threshold.AcceptOnlyFromAmong([.. FailureThreshold.Names]);
        var asError = new Option<string[]>("--error") { Description = "Report this rule id as an error (repeatable)." };
        var asWarning = new Option<string[]>("--warning") { Description = "Report this rule id as a warning (repeatable)." };
        var asInfo = new Option<string[]>("--info") { Description = "Report this rule id as info (repeatable)." };
        var asStyle = new Option<string[]>("--style") { Description = "Report this rule id as style (repeatable)." };
        var noColor = new Option<bool>("--no-color") { Description = "Never colour the tty output (also: the NO_COLOR variable)." };

        var command = new Command("lint", "Check Dockerfiles and berth.yaml manifests and print the findings.")
        {
            paths, format, ignore, threshold, asError, asWarning, asInfo, asStyle, noColor,
        };
        command.SetAction(parse =>
        {
            var overrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
            // Later flags win over earlier levels, from least to most severe, as hadolint applies its overrides.
            foreach (var (option, severity) in new[] { (asStyle, Severity.Style), (asInfo, Severity.Info), (asWarning, Severity.Warning), (asError, Severity.Error) })
            {
                foreach (var id in parse.GetValue(option) ?? []) overrides[id.Trim()] = severity;
            }
            var request = new LintRequest(
                Paths: parse.GetValue(paths) is { Length: > 0 } given ? given : ["."],
                Format: parse.GetValue(format)!,
                Options: new LintOptions
                {
                    IgnoredRules = new HashSet<string>((parse.GetValue(ignore) ?? []).Select(id => id.Trim()), StringComparer.OrdinalIgnoreCase),
                    SeverityOverrides = overrides,
                },
                Threshold: FailureThreshold.Parse(parse.GetValue(threshold)!)!,
                Color: console.UseColor && !parse.GetValue(noColor));
            return Run(request, console);
        });
        return command;
    }

    /// <summary>Everything lint needs, parsed from the command line.</summary>
    public sealed record LintRequest(IReadOnlyList<string> Paths, string Format, LintOptions Options, FailureThreshold Threshold, bool Color);

    public static int Run(LintRequest request, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(console);
        IReadOnlyList<LintTargets.Target> targets;
        try
        {
            targets = LintTargets.Resolve(request.Paths, console.CurrentDirectory);
        }
        catch (WorkspaceException e)
        {
            console.Error.WriteLine($"berth lint: {e.Message}");
            return ExitCodes.UsageOrInput;
        }

        var reports = new List<FileReport>(targets.Count);
        var unreadable = false;
        foreach (var target in targets)
        {
            try
            {
                var source = SourceFile.Read(target.DisplayPath, target.FullPath);
                reports.Add(ManifestFormats.IsManifestFileName(target.FullPath)
                    ? FileReport.LintManifest(source, request.Options, DiskManifestFileSystem.Instance)
                    : FileReport.Lint(source, request.Options));
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
        var failed = reports.Any(r => r.Diagnostics.Any(d => request.Threshold.IsFailure(d.Severity)));
        return failed ? ExitCodes.Findings : ExitCodes.Success;
    }
}
