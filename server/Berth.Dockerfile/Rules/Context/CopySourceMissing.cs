using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Rules.Context;

/// <summary>
/// BER0030: a COPY/ADD source that does not exist in the build context (a wildcard that matches nothing); the
/// build would fail. Sources that .dockerignore excludes are CopyIgnoredFile's, so one mistake is reported once.
/// </summary>
internal sealed class CopySourceMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BER0030", Severity.Warning, "COPY/ADD source not in the build context", []);

    public void Check(RuleContext context)
    {
        if (context.BuildContext is not { } buildContext) return;
        var matcher = new DockerIgnoreMatcher(buildContext.Ignore);
        foreach (var (instruction, source) in CopySources.Of(context, buildContext))
        {
            var keyword = instruction.Keyword.ToUpperInvariant();
            var written = source.Argument.Value;
            var expanded = source.Argument.Text.Contains('$', StringComparison.Ordinal) ? $" (expanded: '{source.Path}')" : "";
            if (!source.IsGlob)
            {
                if (matcher.IsExcluded(source.Path) || buildContext.Exists(source.Path)) continue;
                context.Report(Descriptor, source.Argument.Span,
                    $"'{written}'{expanded} does not exist in the build context ({buildContext.Description}), so {keyword} would fail; check the path or build with the right context.");
                continue;
            }
            if (source.Matches(buildContext) is not { Count: 0 }) continue;
            context.Report(Descriptor, source.Argument.Span,
                $"'{written}'{expanded} matches nothing in the build context ({buildContext.Description}), so {keyword} would fail; check the pattern or build with the right context.");
        }
    }
}
