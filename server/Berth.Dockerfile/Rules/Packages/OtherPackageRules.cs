using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Shell;

namespace Berth.Dockerfile.Rules.Packages;

/// <summary>DL3016: npm packages should have pinned versions.</summary>
internal sealed class NpmPinVersions : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3016", Severity.Warning, "Pin versions in npm install", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
        {
            if (!command.Is("npm") || command.Subcommand() is not { Value: "install" or "i" or "add" } install) continue;
            foreach (var package in command.OperandsAfter(install))
            {
                var value = package.Value;
                var versionAt = value.StartsWith('@') ? value.IndexOf('@', 1) : value.IndexOf('@', StringComparison.Ordinal);
                if (package.IsDynamic || versionAt > 0 || value.StartsWith('.') || value.StartsWith('/') || value.Contains("://", StringComparison.Ordinal)
                    || value.StartsWith("git", StringComparison.Ordinal) || value.EndsWith(".tgz", StringComparison.Ordinal) || value.Contains('#', StringComparison.Ordinal)) continue;
                context.Report(Descriptor, package.Span, $"Pin the version of '{value}' ({value}@<version>) so rebuilds install the same package.");
            }
        }
    }
}

/// <summary>DL3028: gems should have pinned versions.</summary>
internal sealed class GemPinVersions : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3028", Severity.Warning, "Pin versions in gem install", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
        {
            if (!command.Is("gem") || command.Subcommand() is not { Value: "install" or "i" } install) continue;
            if (command.HasOption("-v", "--version")) continue;
            foreach (var gem in command.OperandsAfter(install, new HashSet<string> { "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P", "--trust-policy", "--platform" }))
                if (!gem.IsDynamic && !gem.Value.Contains(':', StringComparison.Ordinal) && !gem.Value.EndsWith(".gem", StringComparison.Ordinal))
                    context.Report(Descriptor, gem.Span, $"Pin the version of '{gem.Value}' ({gem.Value}:<version> or -v <version>) so rebuilds install the same gem.");
        }
    }
}

/// <summary>DL3062: go install needs a version suffix.</summary>
internal sealed class GoInstallPinVersions : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3062", Severity.Warning, "Pin versions in go install", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
        {
            if (!command.Is("go") || command.Subcommand() is not { Value: "install" } install) continue;
            foreach (var module in command.OperandsAfter(install))
            {
                if (module.IsDynamic || module.Value.StartsWith('.') || !module.Value.Contains('/', StringComparison.Ordinal)) continue;
                var at = module.Value.LastIndexOf('@');
                if (at > 0 && module.Value[(at + 1)..] is not ("latest" or "")) continue;
                context.Report(Descriptor, module.Span, $"Pin the version of '{module.Value}' (module@vX.Y.Z) so rebuilds install the same code.");
            }
        }
    }
}

/// <summary>The rpm family (yum, dnf, microdnf, zypper): -y, pinning and cache cleaning share one shape.</summary>
internal sealed class RpmRules
{
    public static IEnumerable<IRule> Create() =>
    [
        new AssumeYes("DL3030", "yum", ["yum"]),
        new AssumeYes("DL3038", "dnf", ["dnf", "microdnf"]),
        new AssumeYes("DL3034", "zypper", ["zypper"]),
        new Pin("DL3033", "yum", ["yum"]),
        new Pin("DL3041", "dnf", ["dnf", "microdnf"]),
        new Pin("DL3037", "zypper", ["zypper"]),
        new Clean("DL3032", "yum", ["yum"], "yum clean all", "/var/cache/yum"),
        new Clean("DL3040", "dnf", ["dnf", "microdnf"], "dnf clean all", "/var/cache/dnf"),
        new Clean("DL3036", "zypper", ["zypper"], "zypper clean", "/var/cache/zypp"),
    ];

    internal static ShellWord? Install(ShellCommand command) => command.Subcommand(new HashSet<string> { "-c", "--config", "--setopt", "--installroot", "--releasever", "-R", "--root" }) is { Value: "install" or "in" } install ? install : null;

    private sealed class AssumeYes(string id, string tool, string[] names) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, Severity.Warning, $"Use the -y switch with {tool} install", []);

        public void Check(RuleContext context)
        {
            foreach (var (_, command) in context.Commands())
            {
                if (!command.Is(names) || Install(command) is not { } install) continue;
                if (command.HasShortFlag('y') || command.HasShortFlag('n') || command.HasOption("--assumeyes", "--non-interactive", "--no-confirm", "--yes")) continue;
                context.Report(Descriptor, command.Span, $"{tool} install asks for confirmation; add -y so the build does not stop.",
                    tool == "zypper" ? RuleContext.Insert("Add -n", command.NameSpan.End, " -n") : RuleContext.Insert("Add -y", install.Span.End, " -y"));
            }
        }
    }

    private sealed class Pin(string id, string tool, string[] names) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, Severity.Warning, $"Pin versions in {tool} install", []);

        public void Check(RuleContext context)
        {
            foreach (var (_, command) in context.Commands())
            {
                if (!command.Is(names) || Install(command) is not { } install) continue;
                foreach (var package in command.OperandsAfter(install, new HashSet<string> { "--setopt", "-c", "--config", "--installroot", "--releasever" }))
                {
                    var value = package.Value;
                    var pinned = tool == "zypper" ? value.IndexOfAny(['=', '<', '>']) >= 0 : HasVersionSuffix(value);
                    if (package.IsDynamic || pinned || value.EndsWith(".rpm", StringComparison.Ordinal) || value.StartsWith('/') || value.StartsWith('@')) continue;
                    var example = tool == "zypper" ? $"{value}=<version>" : $"{value}-<version>";
                    context.Report(Descriptor, package.Span, $"Pin the version of '{value}' ({example}) so rebuilds install the same package.");
                }
            }
        }

        private static bool HasVersionSuffix(string value)
        {
            for (var i = 0; i + 1 < value.Length; i++)
                if (value[i] == '-' && char.IsAsciiDigit(value[i + 1])) return true;
            return false;
        }
    }

    private sealed class Clean(string id, string tool, string[] names, string clean, string cacheFolder) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, Severity.Warning, $"{clean} missing after {tool} install", []);

        public void Check(RuleContext context)
        {
            foreach (var instruction in context.Syntax.Instructions)
            {
                var commands = context.ScriptsOf(instruction).SelectMany(s => s.Commands).ToList();
                var install = commands.FirstOrDefault(c => c.Is(names) && Install(c) is not null);
                if (install is null || RunScripts.IsCacheMounted(instruction, cacheFolder)) continue;
                var cleaned = commands.Any(c => c.Is(names) && c.Subcommand()?.Value is "clean" or "cc")
                    || commands.Any(c => c.Is("rm") && c.Arguments.Any(a => a.Value.StartsWith(cacheFolder, StringComparison.Ordinal)));
                if (!cleaned)
                    context.Report(Descriptor, install.Span, $"Add '&& {clean}' to this RUN (or use a cache mount on {cacheFolder}) so the package cache does not stay in the image.");
            }
        }
    }
}

/// <summary>DL3035: zypper dist-upgrade changes the base distribution under you.</summary>
internal sealed class ZypperDistUpgrade : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3035", Severity.Warning, "Do not use zypper dist-upgrade", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
            if (command.Is("zypper") && command.Subcommand()?.Value is "dist-upgrade" or "dup")
                context.Report(Descriptor, command.Span, "zypper dist-upgrade upgrades the whole distribution; pick a newer base image instead.");
    }
}

/// <summary>DL3060: yarn's cache stays in the image.</summary>
internal sealed class YarnCacheClean : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3060", Severity.Info, "yarn cache clean missing after yarn install", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            var commands = context.ScriptsOf(instruction).SelectMany(s => s.Commands).ToList();
            var install = commands.FirstOrDefault(c => c.Is("yarn") && c.Subcommand()?.Value is "install" or "add");
            if (install is null || RunScripts.IsCacheMounted(instruction, "/usr/local/share/.cache/yarn", "/root/.cache/yarn", "/root/.yarn")) continue;
            if (commands.Any(c => c.Is("yarn") && c.Subcommand()?.Value == "cache")) continue;
            context.Report(Descriptor, install.Span, "Add '&& yarn cache clean' to this RUN (or use a cache mount) so yarn's cache does not stay in the image.");
        }
    }
}
