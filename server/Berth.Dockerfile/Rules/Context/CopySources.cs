using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Rules.Context;

/// <summary>A local COPY/ADD source whose context path is known without expanding anything.</summary>
internal sealed record CopySource(ArgumentSyntax Argument, string Path);

/// <summary>
/// The COPY/ADD sources the context rules can decide: not <c>--from</c> copies, URLs, git sources, heredocs,
/// variables, globs, escapes or paths leaving the context. Everything else is left alone (no guesses).
/// </summary>
internal static class CopySources
{
    public static IEnumerable<(InstructionSyntax Instruction, CopySource Source)> Of(DockerfileSyntax syntax)
    {
        foreach (var instruction in syntax.Instructions)
        {
            if (instruction.Kind is not (InstructionKind.Copy or InstructionKind.Add)) continue;
            if (instruction.Flags.Any(f => f.Name.Equals("from", StringComparison.OrdinalIgnoreCase))) continue;
            var arguments = instruction.ExecForm is { } exec
                ? exec.Elements.Select(e => new ArgumentSyntax(e.Span, e.Value, e.Value, 0, 0)).ToList()
                : instruction.Arguments.ToList();
            foreach (var argument in arguments.SkipLast(1))
                if (Decidable(argument.Value) is { } path) yield return (instruction, new CopySource(argument, path));
        }
    }

    /// <summary>The cleaned context path of a source, or null when it can't be decided from the text alone.</summary>
    public static string? Decidable(string source)
    {
        if (source.Length == 0 || source.StartsWith("<<", StringComparison.Ordinal)) return null;
        if (source.Contains("://", StringComparison.Ordinal) || source.StartsWith("git@", StringComparison.Ordinal)) return null;
        if (source.IndexOfAny(['$', '*', '?', '[', '\\']) >= 0) return null;
        var path = SlashPath.Clean(source.TrimStart('/'));
        if (path == "." || path == ".." || path.StartsWith("../", StringComparison.Ordinal)) return null;
        return path;
    }
}
