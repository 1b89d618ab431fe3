using Berth.Dockerfile.Analysis;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>ExposeProtoCasing: protocols are written in lower case.</summary>
internal sealed class ExposeProtoCasing : IRule
{
    public RuleDescriptor Descriptor { get; } = new("ExposeProtoCasing", Severity.Warning, "EXPOSE protocol is not lower case", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions.Where(i => i.Kind == InstructionKind.Expose))
            foreach (var argument in instruction.Arguments)
            {
                var slash = argument.Text.IndexOf('/', StringComparison.Ordinal);
                if (slash < 0 || argument.Text.Length != argument.Span.Length) continue;
                var protocol = argument.Text[(slash + 1)..];
                if (protocol == protocol.ToLowerInvariant() || protocol.ToLowerInvariant() is not ("tcp" or "udp" or "sctp")) continue;
                var span = TextSpan.FromBounds(argument.Span.Start + slash + 1, argument.Span.End);
                context.Report(Descriptor, span, $"Write the protocol in lower case: '{protocol.ToLowerInvariant()}'.",
                    new CodeFix($"Change to '{protocol.ToLowerInvariant()}'", [new TextEdit(span, protocol.ToLowerInvariant())]));
            }
    }
}

/// <summary>ExposeInvalidFormat: EXPOSE declares container ports; host addresses and mappings belong to docker run -p.</summary>
internal sealed class ExposeInvalidFormat : IRule
{
    public RuleDescriptor Descriptor { get; } = new("ExposeInvalidFormat", Severity.Warning, "EXPOSE with an IP address or port mapping", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions.Where(i => i.Kind == InstructionKind.Expose))
            foreach (var argument in instruction.Arguments.Where(a => a.Value.Contains(':', StringComparison.Ordinal) && !a.Value.Contains('$', StringComparison.Ordinal)))
                context.Report(Descriptor, argument.Span,
                    $"EXPOSE takes only the container port (such as {argument.Value.Split(':')[^1]}); map host addresses and ports with docker run -p.");
    }
}

/// <summary>DL3002: the image should not end up running as root.</summary>
internal sealed class LastUserNotRoot : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3002", Severity.Warning, "Last USER should not be root", []);

    public void Check(RuleContext context)
    {
        if (context.Model.Stages.Count == 0) return;
        var last = context.Model.Stages[^1].Instructions.LastOrDefault(i => i.Kind == InstructionKind.User && i.Arguments.Count > 0);
        if (last is null) return;
        var user = last.Arguments[0].Value.Split(':')[0];
        if (user is "root" or "0")
            context.Report(Descriptor, last.Arguments[0].Span, "The image runs as root; switch to an unprivileged USER at the end.");
    }
}

/// <summary>DL3020: ADD for plain local files; COPY says what it does.</summary>
internal sealed class CopyInsteadOfAdd : IRule
{
    private static readonly string[] Archives = [".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".gz", ".bz2", ".xz", ".zst"];

    public RuleDescriptor Descriptor { get; } = new("DL3020", Severity.Error, "Use COPY instead of ADD for files and folders", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            if (instruction.Kind != InstructionKind.Add || instruction.Heredocs.Count > 0) continue;
            var sources = instruction.ExecForm is { } exec ? exec.Elements.SkipLast(1).Select(e => e.Value).ToList() : instruction.Arguments.SkipLast(1).Select(a => a.Value).ToList();
            if (sources.Count == 0 || sources.Any(s => s.Contains("://", StringComparison.Ordinal) || s.StartsWith("git@", StringComparison.Ordinal) || s.Contains('$', StringComparison.Ordinal)
                || Archives.Any(a => s.EndsWith(a, StringComparison.OrdinalIgnoreCase)))) continue;
            var addOnly = instruction.Flags.Any(f => f.Name is "checksum" or "keep-git-dir" or "unpack");
            var fixes = addOnly ? [] : new[] { new CodeFix("Change ADD to COPY", [new TextEdit(instruction.KeywordSpan, instruction.Keyword == "add" ? "copy" : "COPY")]) };
            context.Report(Descriptor, instruction.KeywordSpan, "ADD of local files works like COPY with surprises (it unpacks archives); use COPY.", fixes);
        }
    }
}

/// <summary>DL3045: a relative COPY destination depends on a WORKDIR the base image chose.</summary>
internal sealed class CopyRelativeDestination : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3045", Severity.Warning, "COPY to a relative destination without WORKDIR", []);

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            var chain = stage;
            var hasWorkdir = false;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction.Kind == InstructionKind.Workdir) hasWorkdir = true;
                if (instruction.Kind != InstructionKind.Copy || hasWorkdir) continue;
                var destination = instruction.ExecForm is { Elements.Count: > 1 } exec ? exec.Elements[^1].Value : instruction.Arguments.Count > 1 ? instruction.Arguments[^1].Value : null;
                if (destination is null || SemanticChecks.IsAbsolute(destination) || destination.StartsWith('$')) continue;
                if (InheritsWorkdir(chain)) break;
                var span = instruction.ExecForm is { } e ? e.Elements[^1].Span : instruction.Arguments[^1].Span;
                context.Report(Descriptor, span, $"'{destination}' is relative to a working directory this stage never set; add WORKDIR before it or use an absolute path.");
            }
        }
    }

    private static bool InheritsWorkdir(Semantics.BuildStage stage)
    {
        for (var parent = stage.BaseStage; parent is not null; parent = parent.BaseStage)
            if (parent.Instructions.Any(i => i.Kind == InstructionKind.Workdir)) return true;
        return false;
    }
}

/// <summary>DL3067: copying / from another stage copies a whole operating system.</summary>
internal sealed class CopyWholeFilesystem : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3067", Severity.Warning, "Do not copy the whole filesystem from another stage", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            if (instruction.Kind != InstructionKind.Copy || instruction.Flag("from") is null || instruction.Arguments.Count < 2) continue;
            foreach (var source in instruction.Arguments.SkipLast(1).Where(a => a.Value == "/"))
                context.Report(Descriptor, source.Span, "Copying '/' from another stage copies its whole filesystem; copy only the folders you need.");
        }
    }
}

/// <summary>DL3066: a user name may not exist on the host, which breaks file ownership checks such as runAsNonRoot.</summary>
internal sealed class NumericUser : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3066", Severity.Info, "USER is not numeric", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions.Where(i => i.Kind == InstructionKind.User && i.Arguments.Count > 0))
        {
            var value = instruction.Arguments[0].Value;
            if (value.Contains('$', StringComparison.Ordinal) || value.Split(':').All(p => p.Length > 0 && p.All(char.IsAsciiDigit))) continue;
            context.Report(Descriptor, instruction.Arguments[0].Span, $"USER {value} is a name; a numeric UID (and GID) works everywhere, including Kubernetes' runAsNonRoot check.");
        }
    }
}
