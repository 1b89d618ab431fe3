using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>
/// BER0034: <c>COPY --from=</c> names a stage, a stage index or an image, and each of those starts with a letter or a
/// digit; anything else (<c>--from=-x</c>, <c>--from=.build</c>) is rejected by Docker.
/// </summary>
internal sealed class CopyFromValue : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BER0034", Severity.Error, "Invalid COPY --from value", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            if (instruction.Kind != InstructionKind.Copy || instruction.Flag("from") is not { Value: { Length: > 0 } value } flag) continue;
            if (value.Contains('$', StringComparison.Ordinal) || char.IsAsciiLetterOrDigit(value[0])) continue;
            context.Report(Descriptor, flag.ValueSpan ?? flag.Span,
                $"--from={value} is not a stage name, stage index or image: those start with a letter or a digit.");
        }
    }
}
