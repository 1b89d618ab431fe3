using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Shell;

namespace Berth.Dockerfile.Rules.Packages;

/// <summary>What the apt rules share: finding <c>apt-get install</c> and its packages.</summary>
internal static class Apt
{
    public static readonly HashSet<string> OptionsWithValue = new(StringComparer.Ordinal) { "-o", "-t", "-c", "--target-release", "--default-release", "--option", "--config-file" };

    public static IEnumerable<(Syntax.InstructionSyntax Run, ShellCommand Command, ShellWord Install)> Installs(RuleContext context)
    {
        foreach (var (run, command) in context.Commands())
        {
            if (!command.Is("apt-get")) continue;
            if (command.Subcommand(OptionsWithValue) is { Value: "install" } install) yield return (run, command, install);
        }
    }
}

/// <summary>DL3008: packages installed with apt-get should have pinned versions.</summary>
internal sealed class AptPinVersions : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3008", Severity.Warning, "Pin versions in apt-get install", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command, install) in Apt.Installs(context))
            foreach (var package in command.OperandsAfter(install, Apt.OptionsWithValue))
            {
                if (package.IsDynamic || package.Value.Contains('=', StringComparison.Ordinal) || package.Value.EndsWith(".deb", StringComparison.Ordinal)
                    || package.Value.StartsWith('/') || package.Value.StartsWith('.')) continue;
                context.Report(Descriptor, package.Span, $"Pin the version of '{package.Value}' ({package.Value}=<version>) so rebuilds install the same package.");
            }
    }
}

/// <summary>DL3009: apt lists left in the image.</summary>
internal sealed class AptDeleteLists : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3009", Severity.Info, "Delete the apt-get lists after installing", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            var scripts = context.ScriptsOf(instruction);
            var commands = scripts.SelectMany(s => s.Commands).ToList();
            var update = commands.FirstOrDefault(c => c.Is("apt-get") && c.Subcommand(Apt.OptionsWithValue)?.Value is "update" or "install");
            if (update is null) continue;
            if (RunScripts.IsCacheMounted(instruction, "/var/lib/apt/lists", "/var/lib/apt")) continue;
            var cleaned = commands.Any(c => c.Is("rm") && c.Arguments.Any(a => a.Value.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal)));
            if (cleaned) continue;
            var stage = context.Model.StageOf(instruction);
            // Only what ends up in an image matters: the last stage, or a stage another FROM builds on.
            if (stage is not null && stage.Index != context.Model.Stages.Count - 1 && !context.Model.Stages.Any(s => s.BaseStage == stage)) continue;
            context.Report(Descriptor, update.Span, "Add '&& rm -rf /var/lib/apt/lists/*' to this RUN, or use a cache mount, so the package lists do not stay in the image.");
        }
    }
}

/// <summary>DL3014: apt-get install without -y waits for an answer that never comes.</summary>
internal sealed class AptAssumeYes : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3014", Severity.Warning, "Use the -y switch with apt-get install", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command, install) in Apt.Installs(context))
        {
            if (command.HasShortFlag('y') || command.HasOption("--yes", "--assume-yes", "-qq", "-q=2", "--quiet=2")) continue;
            context.Report(Descriptor, command.Span, "apt-get install asks for confirmation; add -y so the build does not stop.",
                RuleContext.Insert("Add -y", install.Span.End, " -y"));
        }
    }
}

/// <summary>DL3015: recommended packages bloat the image.</summary>
internal sealed class AptNoInstallRecommends : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3015", Severity.Info, "Avoid additional packages with --no-install-recommends", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command, install) in Apt.Installs(context))
        {
            if (command.HasOption("--no-install-recommends") || command.Words.Any(w => w.Value.Contains("Install-Recommends=false", StringComparison.OrdinalIgnoreCase)
                || w.Value.Contains("Install-Recommends=0", StringComparison.OrdinalIgnoreCase) || w.Value.Contains("Install-Recommends \"false\"", StringComparison.OrdinalIgnoreCase))) continue;
            context.Report(Descriptor, command.Span, "Add --no-install-recommends so apt-get installs only what you asked for.",
                RuleContext.Insert("Add --no-install-recommends", install.Span.End, " --no-install-recommends"));
        }
    }
}

/// <summary>DL3027: apt is meant for people; its output and interface are not stable for scripts.</summary>
internal sealed class AptNotForScripts : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3027", Severity.Warning, "Do not use apt; use apt-get or apt-cache", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
            if (command.Is("apt") && command.Subcommand()?.Value is "install" or "update" or "upgrade" or "remove" or "purge" or "autoremove" or "dist-upgrade" or "full-upgrade")
                context.Report(Descriptor, command.NameSpan, "apt is for interactive use and warns that its interface may change; use apt-get or apt-cache in scripts.",
                    new CodeFix("Replace apt with apt-get", [new TextEdit(command.NameSpan, "apt-get")]));
    }
}
