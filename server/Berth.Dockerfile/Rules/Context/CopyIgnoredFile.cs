using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Rules.Context;

/// <summary>
/// CopyIgnoredFile: a COPY/ADD source that .dockerignore leaves out of the context, so the build can't see it. A
/// wildcard source is reported only when every path it matches is left out.
/// </summary>
internal sealed class CopyIgnoredFile : IRule
{
    public RuleDescriptor Descriptor { get; } = new("CopyIgnoredFile", Severity.Warning, "COPY/ADD source is excluded by .dockerignore", []);

    public void Check(RuleContext context)
    {
        if (context.BuildContext is not { } buildContext || buildContext.Ignore.Patterns.Count == 0) return;
        var matcher = new DockerIgnoreMatcher(buildContext.Ignore);
        foreach (var (instruction, source) in CopySources.Of(context, buildContext))
        {
            var keyword = instruction.Keyword.ToUpperInvariant();
            var written = source.Argument.Value;
            if (!source.IsGlob)
            {
                if (!matcher.IsExcluded(source.Path)) continue;
                context.Report(Descriptor, source.Argument.Span,
                    $"'{written}' is excluded by .dockerignore, so {keyword} can't see it; remove the matching pattern or add an exception ('!{source.Path}').");
                continue;
            }
            if (source.Matches(buildContext) is not { Count: > 0 } matches || !matches.All(matcher.IsExcluded)) continue;
            context.Report(Descriptor, source.Argument.Span,
                $"Every path '{written}' matches ({Sample(matches)}) is excluded by .dockerignore, so {keyword} gets nothing; remove the matching pattern or add an exception ('!{source.Path}').");
        }
    }

    private static string Sample(IReadOnlyList<string> paths) =>
        paths.Count <= 3 ? string.Join(", ", paths) : string.Join(", ", paths.Take(3)) + $" and {paths.Count - 3} more";
}
