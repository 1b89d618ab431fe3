using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Rules.Instructions;

/// <summary>
/// BER0031: a parser directive written in upper or mixed case (<c># ESCAPE=`</c>). Docker accepts any casing, but
/// the reference and every example write them in lower case, and a mixed-case one is easy to take for a comment.
/// </summary>
internal sealed class DirectiveCasing : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BER0031", Severity.Warning, "Parser directive is not in lower case", []);

    public void Check(RuleContext context)
    {
        foreach (var directive in context.Syntax.Directives)
        {
            var lower = directive.Name.ToLowerInvariant();
            if (directive.Name == lower) continue;
            context.Report(Descriptor, directive.NameSpan, $"Write the parser directive in lower case: '{lower}'.",
                new CodeFix($"Change to '{lower}'", [new TextEdit(directive.NameSpan, lower)]));
        }
    }
}
