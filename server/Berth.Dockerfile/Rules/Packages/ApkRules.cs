using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Shell;

namespace Berth.Dockerfile.Rules.Packages;

internal static class Apk
{
    public static readonly HashSet<string> OptionsWithValue = new(StringComparer.Ordinal)
    {
        "-t", "--virtual", "-X", "--repository", "-p", "--root", "--arch", "--cache-dir", "--keys-dir", "--repositories-file",
    };

    public static IEnumerable<(Syntax.InstructionSyntax Run, ShellCommand Command, ShellWord Add)> Adds(RuleContext context)
    {
        foreach (var (run, command) in context.Commands())
            if (command.Is("apk") && command.Subcommand(OptionsWithValue) is { Value: "add" } add) yield return (run, command, add);
    }
}

/// <summary>DL3018: packages added with apk should have pinned versions.</summary>
internal sealed class ApkPinVersions : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3018", Severity.Warning, "Pin versions in apk add", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command, add) in Apk.Adds(context))
            foreach (var package in command.OperandsAfter(add, Apk.OptionsWithValue))
            {
                if (package.IsDynamic || package.Value.IndexOfAny(['=', '<', '>', '~']) >= 0 || package.Value.EndsWith(".apk", StringComparison.Ordinal)) continue;
                context.Report(Descriptor, package.Span, $"Pin the version of '{package.Value}' ({package.Value}=<version>) so rebuilds install the same package.");
            }
    }
}

/// <summary>DL3019: apk's index cache stays in the image unless --no-cache is used.</summary>
internal sealed class ApkNoCache : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3019", Severity.Info, "Use apk add --no-cache", []);

    public void Check(RuleContext context)
    {
        foreach (var (run, command, add) in Apk.Adds(context))
        {
            if (command.HasOption("--no-cache") || RunScripts.IsCacheMounted(run, "/var/cache/apk", "/etc/apk/cache")) continue;
            var cleaned = context.ScriptsOf(run).SelectMany(s => s.Commands)
                .Any(c => c.Is("rm") && c.Arguments.Any(a => a.Value.StartsWith("/var/cache/apk", StringComparison.Ordinal)));
            if (cleaned) continue;
            context.Report(Descriptor, command.Span, "Add --no-cache so apk does not leave its package index in the image.",
                RuleContext.Insert("Add --no-cache", add.Span.End, " --no-cache"));
        }
    }
}
