using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Rules.Context;

/// <summary>
/// A local COPY/ADD source as the context rules see it: the argument as written, the cleaned context path after
/// variable expansion, and whether that path is a wildcard pattern.
/// </summary>
internal sealed record CopySource(ArgumentSyntax Argument, string Path, bool IsGlob)
{
    /// <summary>The context paths the source names (itself, or a wildcard's matches); null when they can't be known.</summary>
    public IReadOnlyList<string>? Matches(IBuildContext context) =>
        IsGlob ? ContextGlob.Matches(context, Path) : context.Exists(Path) ? [Path] : [];
}

/// <summary>
/// The COPY/ADD sources the context rules can decide. Variables are expanded where their value is known (ARG
/// defaults, the build's own build arguments, ENV); a source with an unknown one is left alone, and so are
/// <c>--from</c> copies, URLs, git sources, heredocs, escapes and paths leaving the context (no guesses).
/// </summary>
internal static class CopySources
{
    public static IEnumerable<(InstructionSyntax Instruction, CopySource Source)> Of(RuleContext context, IBuildContext buildContext)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            if (instruction.Kind is not (InstructionKind.Copy or InstructionKind.Add)) continue;
            if (instruction.Flags.Any(f => f.Name.Equals("from", StringComparison.OrdinalIgnoreCase))) continue;
            var arguments = instruction.ExecForm is { } exec
                ? exec.Elements.Select(e => new ArgumentSyntax(e.Span, e.Value, e.Value, 0, 0)).ToList()
                : instruction.Arguments.ToList();
            foreach (var argument in arguments.SkipLast(1))
            {
                if (argument.Text.Contains(instruction.Escape, StringComparison.Ordinal)) continue;
                var expanded = argument.Text.Contains('$', StringComparison.Ordinal)
                    ? Expand(context.Model, instruction, argument.Text, buildContext.BuildArgs)
                    : argument.Value;
                if (expanded is not null && Decidable(expanded) is { } source) yield return (instruction, new CopySource(argument, source.Path, source.IsGlob));
            }
        }
    }

    /// <summary>The cleaned context path of an expanded source, or null when it can't be decided from the text alone.</summary>
    public static (string Path, bool IsGlob)? Decidable(string source)
    {
        if (source.Length == 0 || source.StartsWith("<<", StringComparison.Ordinal)) return null;
        if (source.Contains("://", StringComparison.Ordinal) || source.StartsWith("git@", StringComparison.Ordinal)) return null;
        if (source.IndexOfAny(['$', '\\']) >= 0) return null;
        var path = SlashPath.Clean(source.TrimStart('/'));
        if (path == "." || path == ".." || path.StartsWith("../", StringComparison.Ordinal)) return null;
        return (path, GoPathMatch.HasMeta(path));
    }

    // Unknown values (an ARG without default, a variable the base image may set) make the whole source unknown.
    private static string? Expand(SemanticModel model, InstructionSyntax instruction, string text, IReadOnlyDictionary<string, string> buildArgs)
    {
        var scope = model.ScopeOf(instruction);
        return VariableExpander.Expand(text, instruction.Escape, (string name, out string? value) =>
        {
            value = null;
            if (!scope.TryGetValue(name, out var symbol)) return true;
            value = symbol.Kind != VariableKind.Env && buildArgs.TryGetValue(name, out var passed) ? passed : symbol.Value;
            return true;
        });
    }
}
