using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>
/// BER0033: an ENV, LABEL or ARG value whose single or double quote is never closed. Docker stops the build
/// ("unexpected end of statement while looking for matching quote"). Quotes work as in the shell: nothing is
/// escaped inside single quotes, the escape character works outside and inside double quotes.
/// </summary>
internal sealed class UnterminatedQuote : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BER0033", Severity.Error, "Quote never closed", []);

    public void Check(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions)
        {
            if (instruction.Kind is not (InstructionKind.Env or InstructionKind.Label or InstructionKind.Arg)) continue;
            if (instruction.KeyValues.Any(p => p.IsLegacyForm)) continue;
            foreach (var argument in instruction.Arguments)
            {
                if (OpenQuote(argument.Text, instruction.Escape) is not { } open) continue;
                var quote = argument.Text[open];
                var span = argument.Text.Length == argument.Span.Length ? TextSpan.FromBounds(argument.Span.Start + open, argument.Span.End) : argument.Span;
                var name = quote == '"' ? "double" : "single";
                context.Report(Descriptor, span, $"This {name} quote is never closed, so Docker stops the build; add the closing {quote}.");
            }
        }
    }

    /// <summary>The index of the quote left open at the end of the word, or null when all are closed.</summary>
    internal static int? OpenQuote(string word, char escape)
    {
        int? open = null;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (open is { } at && word[at] == '\'')
            {
                if (c == '\'') open = null;
                continue;
            }
            if (c == escape) { i++; continue; }
            if (open is not null)
            {
                if (c == '"') open = null;
                continue;
            }
            if (c is '"' or '\'') open = i;
        }
        return open;
    }
}
