using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Shell;

namespace Berth.Dockerfile.Rules.Packages;

internal static class Pip
{
    public static readonly HashSet<string> OptionsWithValue = new(StringComparer.Ordinal)
    {
        "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
        "-t", "--target", "--prefix", "--root", "--trusted-host", "--platform", "--python-version", "--implementation", "--abi",
        "--src", "--upgrade-strategy", "--progress-bar", "--cache-dir", "--log", "--proxy", "--retries", "--timeout",
        "--exists-action", "--cert", "--client-cert", "--global-option", "--install-option", "--config-settings", "-C", "--only-binary", "--no-binary",
    };

    public static IEnumerable<(Syntax.InstructionSyntax Run, ShellCommand Command, ShellWord Install)> Installs(RuleContext context)
    {
        foreach (var (run, command) in context.Commands())
        {
            var isPip = command.Name.StartsWith("pip", StringComparison.Ordinal) && command.Name.TrimStart('p', 'i').TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.').Length == 0;
            var isModule = command.Name.StartsWith("python", StringComparison.Ordinal) && command.Words.Count > 2
                && command.Words.Skip(1).SkipWhile(w => w.Value != "-m").Skip(1).FirstOrDefault()?.Value == "pip";
            if (!isPip && !isModule) continue;
            var install = command.Words.FirstOrDefault(w => w.Value == "install");
            if (install is not null) yield return (run, command, install);
        }
    }
}

/// <summary>DL3013: pip packages should have pinned versions.</summary>
internal sealed class PipPinVersions : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3013", Severity.Warning, "Pin versions in pip install", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command, install) in Pip.Installs(context))
        {
            if (command.HasOption("-r", "--requirement", "-e", "--editable", "-c", "--constraint")) continue;
            foreach (var package in command.OperandsAfter(install, Pip.OptionsWithValue))
            {
                var value = package.Value;
                if (package.IsDynamic || value.IndexOfAny(['=', '<', '>', '~', '@', '/']) >= 0 || value.StartsWith('.')
                    || value.EndsWith(".whl", StringComparison.Ordinal) || value.EndsWith(".tar.gz", StringComparison.Ordinal) || value.EndsWith(".zip", StringComparison.Ordinal)) continue;
                context.Report(Descriptor, package.Span, $"Pin the version of '{value}' ({value}==<version>) so rebuilds install the same package.");
            }
        }
    }
}

/// <summary>DL3042: pip's download cache stays in the image.</summary>
internal sealed class PipNoCacheDir : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3042", Severity.Warning, "Use pip install --no-cache-dir", []);

    public void Check(RuleContext context)
    {
        foreach (var (run, command, install) in Pip.Installs(context))
        {
            if (command.HasOption("--no-cache-dir") || RunScripts.IsCacheMounted(run, "/root/.cache/pip", "/root/.cache")) continue;
            if (context.Model.ScopeOf(run).TryGetValue("PIP_NO_CACHE_DIR", out var symbol) && symbol.Kind == VariableKind.Env && !IsFalse(symbol.Value)) continue;
            if (command.Assignments.Any(a => a.Value.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal))) continue;
            context.Report(Descriptor, command.Span, "Add --no-cache-dir (or set ENV PIP_NO_CACHE_DIR=1, or use a cache mount) so pip's cache does not stay in the image.",
                RuleContext.Insert("Add --no-cache-dir", install.Span.End, " --no-cache-dir"));
        }
    }

    private static bool IsFalse(string? value) => value is "0" or "false" or "off" or "no" or "";
}
