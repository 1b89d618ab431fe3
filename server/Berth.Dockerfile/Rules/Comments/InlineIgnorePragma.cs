using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Rules.Comments;

/// <summary>
/// DL1001: an inline <c># hadolint ignore=</c> pragma. Off by default, as in hadolint: teams that want every
/// exception to live in the reviewed .hadolint.yaml turn it on with a severity override (<c>--warning DL1001</c>).
/// </summary>
internal sealed class InlineIgnorePragma : IRule
{
    public RuleDescriptor Descriptor { get; } = new("DL1001", Severity.Info, "Inline ignore pragma", []);

    public void Check(RuleContext context)
    {
        if (!context.IsOptedIn(Descriptor)) return;
        foreach (var comment in context.Pragmas.InlineIgnoreComments)
            context.Report(Descriptor, comment,
                "This inline ignore pragma hides findings where reviewers won't look; fix the finding, or ignore the rule in .hadolint.yaml (`ignored:`).");
    }
}
