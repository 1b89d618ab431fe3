using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Shell;

/// <summary>
/// The shell scripts a RUN executes: its shell-form command, and the heredoc bodies it runs as scripts (a RUN
/// whose command is only heredoc markers, or a shell reading one). Exec-form RUNs and non-POSIX shells have none.
/// </summary>
public static class RunScripts
{
    private static readonly HashSet<string> PosixShells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "dash", "zsh", "ksh", "busybox" };

    public static bool IsPosixShell(IReadOnlyList<string> shell) =>
        shell.Count > 0 && PosixShells.Contains(Path.GetFileName(shell[0].Replace('\\', '/')));

    public static IReadOnlyList<ShellScript> Of(InstructionSyntax instruction)
    {
        var run = instruction.Trigger ?? instruction;
        if (run.Kind != InstructionKind.Run || run.CommandStart < 0 || run.ExecForm is not null) return [];
        var line = run.Line;
        var offset = run.CommandStart;
        var command = run.ShellCommand ?? "";
        var scripts = new List<ShellScript> { ShellScript.Parse(command, (s, e) => line.SourceSpan(offset + s, offset + e)) };
        var heredocs = (instruction.Heredocs.Count > 0 ? instruction.Heredocs : run.Heredocs);
        if (heredocs.Count > 0 && scripts[0].Commands.All(c => PosixShells.Contains(c.Name)))
            foreach (var heredoc in heredocs)
            {
                var start = heredoc.BodySpan.Start;
                scripts.Add(ShellScript.Parse(heredoc.Body, (s, e) => new TextSpan(start + s, e - s)));
            }
        return scripts;
    }

    /// <summary>Targets of <c>--mount=type=cache</c> and <c>type=tmpfs</c> mounts: folders whose contents never reach the image.</summary>
    public static IReadOnlyList<string> CacheMountTargets(InstructionSyntax instruction)
    {
        var run = instruction.Trigger ?? instruction;
        var targets = new List<string>();
        foreach (var mount in run.Flags.Where(f => f.Name.Equals("mount", StringComparison.OrdinalIgnoreCase)))
        {
            var options = run.FlagOptions(mount);
            var type = options.FirstOrDefault(o => o.Key == "type")?.Value ?? "bind";
            if (type is not ("cache" or "tmpfs")) continue;
            var target = options.FirstOrDefault(o => o.Key is "target" or "dst" or "destination")?.Value;
            if (target is not null) targets.Add(target.TrimEnd('/'));
        }
        return targets;
    }

    /// <summary>True when a cache or tmpfs mount covers <paramref name="folder"/> (or a folder above it).</summary>
    public static bool IsCacheMounted(InstructionSyntax instruction, params string[] folders) =>
        CacheMountTargets(instruction).Any(t => folders.Any(f => f.TrimEnd('/') == t || f.StartsWith(t + "/", StringComparison.Ordinal)));

    internal static TextSpan InsertAfter(ShellWord word) => new(word.Span.End, 0);
}
