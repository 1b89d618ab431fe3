using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules.Commands;

/// <summary>DL3001: commands that make no sense inside an image build.</summary>
internal sealed class PointlessCommands : IRule
{
    private static readonly string[] Names = ["ssh", "vim", "shutdown", "service", "ps", "free", "top", "kill", "mount", "ifconfig"];

    public RuleDescriptor Descriptor { get; } = new("DL3001", Severity.Info, "Command is pointless in a container build", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
            if (command.Is(Names))
                context.Report(Descriptor, command.NameSpan, $"'{command.Name}' has no useful effect while building an image; remove it.");
    }
}

/// <summary>DL3003: cd inside RUN instead of WORKDIR.</summary>
internal sealed class UseWorkdir : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3003", Severity.Warning, "Use WORKDIR to switch to a directory", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
            if (command.Is("cd"))
                context.Report(Descriptor, command.Span, "Use WORKDIR instead of cd, so the directory is clear and applies to later instructions.");
    }
}

/// <summary>DL3004: sudo in a build.</summary>
internal sealed class NoSudo : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3004", Severity.Error, "Do not use sudo", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
            if (command.Is("sudo"))
                context.Report(Descriptor, command.NameSpan, "sudo behaves unpredictably in a build; switch with USER instead (RUN already runs as the current USER).");
    }
}

/// <summary>DL3046: useradd with a high UID and no -l fills the lastlog file.</summary>
internal sealed class UseraddLogInit : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3046", Severity.Warning, "useradd without -l and a high UID makes a huge image", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
        {
            if (!command.Is("useradd") || command.HasShortFlag('l') || command.HasOption("--no-log-init")) continue;
            var words = command.Words;
            for (var i = 1; i < words.Count; i++)
            {
                string? uid = words[i].Value switch
                {
                    "-u" or "--uid" when i + 1 < words.Count => words[i + 1].Value,
                    var v when v.StartsWith("--uid=", StringComparison.Ordinal) => v[6..],
                    _ => null,
                };
                if (uid is not null && long.TryParse(uid, out var number) && number > 65535)
                    context.Report(Descriptor, command.Span, "useradd with a high UID and without -l writes a huge /var/log/lastlog; add -l (--no-log-init).",
                        RuleContext.Insert("Add -l", command.NameSpan.End, " -l"));
            }
        }
    }
}

/// <summary>DL3047: wget's progress bar floods the build log.</summary>
internal sealed class WgetProgress : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3047", Severity.Info, "wget without a progress option floods the log", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
        {
            if (!command.Is("wget")) continue;
            if (command.HasOption("--progress", "-q", "--quiet", "-nv", "--no-verbose", "-o", "--output-file", "-a", "--append-output") || command.HasShortFlag('q')) continue;
            context.Report(Descriptor, command.NameSpan, "wget prints a progress bar line by line into the build log; add --progress=dot:giga or -q.",
                RuleContext.Insert("Add --progress=dot:giga", command.NameSpan.End, " --progress=dot:giga"));
        }
    }
}

/// <summary>DL4001: both wget and curl in one file.</summary>
internal sealed class EitherWgetOrCurl : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL4001", Severity.Warning, "Use either wget or curl, not both", []);

    public void Check(RuleContext context)
    {
        foreach (var stage in context.Model.Stages)
        {
            var uses = stage.Instructions.SelectMany(i => context.ScriptsOf(i)).SelectMany(s => s.Commands).Where(c => c.Is("wget", "curl")).ToList();
            if (uses.Select(c => c.Name).Distinct().Count() < 2) continue;
            var first = uses[0].Name;
            foreach (var use in uses.Where(c => c.Name != first))
                context.Report(Descriptor, use.NameSpan, $"This stage already uses {first}; use it here too instead of also installing {use.Name}.");
        }
    }
}

/// <summary>DL4005: replacing /bin/sh with a symlink instead of SHELL.</summary>
internal sealed class UseShellInstruction : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL4005", Severity.Warning, "Use SHELL to change the default shell", []);

    public void Check(RuleContext context)
    {
        foreach (var (_, command) in context.Commands())
            if (command.Is("ln") && command.Words.Any(w => w.Value == "/bin/sh") && command.HasShortFlag('s'))
                context.Report(Descriptor, command.Span, "Do not replace /bin/sh with a symlink; use the SHELL instruction to choose the shell.");
    }
}

/// <summary>DL4006: a pipeline hides the failure of all but its last command unless pipefail is on.</summary>
internal sealed class PipefailBeforePipe : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL4006", Severity.Warning, "Set -o pipefail before RUN with a pipe", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            var scripts = context.ScriptsOf(instruction);
            var piped = scripts.FirstOrDefault(s => s.HasPipe && !s.SetsPipefail);
            if (piped is null) continue;
            var shell = context.Model.ShellOf(instruction);
            if (shell.Any(a => a.Contains("pipefail", StringComparison.Ordinal))) continue;
            var shellName = shell.Count > 0 ? Path.GetFileName(shell[0]) : "sh";
            var lineStart = context.Document.Lines.LineStart(context.Document.Lines.LineOf(instruction.KeywordSpan.Start));
            var pipeCommand = piped.Commands.First(c => c.IsPiped);
            var fix = new CodeFix("Add SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] before this RUN",
                [new TextEdit(new TextSpan(lineStart, 0), "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]" + NewLine(context.Text))], IsCertain: false);
            context.Report(Descriptor, pipeCommand.Span,
                $"A pipeline only fails when its last command fails; set 'set -o pipefail' in the script or SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] (the current shell is {shellName}).", fix);
        }
    }

    private static string NewLine(string text) => text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
}

/// <summary>DL3059: consecutive RUNs make more layers than needed.</summary>
internal sealed class ConsolidateRuns : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL3059", Severity.Info, "Multiple consecutive RUN instructions", []);

    public void Check(RuleContext context)
    {
        InstructionSyntax? previous = null;
        foreach (var node in context.Syntax.Nodes)
        {
            if (node is not InstructionSyntax instruction) continue;
            if (instruction.Kind == InstructionKind.Run && previous?.Kind == InstructionKind.Run && instruction.Flags.Count == 0 && previous.Flags.Count == 0)
                context.Report(Descriptor, instruction.KeywordSpan, "This RUN follows another RUN; join them with && to make one layer.");
            previous = instruction;
        }
    }
}
