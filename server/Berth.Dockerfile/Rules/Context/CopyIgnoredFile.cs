using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Rules.Context;

/// <summary>CopyIgnoredFile: a COPY/ADD source that .dockerignore leaves out of the context, so the build can't see it.</summary>
internal sealed class CopyIgnoredFile : IRule
{
    public RuleDescriptor Descriptor { get; } = new("CopyIgnoredFile", Severity.Warning, "COPY/ADD source is excluded by .dockerignore", []);

    public void Check(RuleContext context)
    {
        if (context.BuildContext is not { } buildContext || buildContext.Ignore.Patterns.Count == 0) return;
        var matcher = new DockerIgnoreMatcher(buildContext.Ignore);
        foreach (var (instruction, source) in CopySources.Of(context.Syntax))
        {
            if (!matcher.IsExcluded(source.Path)) continue;
            context.Report(Descriptor, source.Argument.Span,
                $"'{source.Argument.Value}' is excluded by .dockerignore, so {instruction.Keyword.ToUpperInvariant()} can't see it; remove the matching pattern or add an exception ('!{source.Path}').");
        }
    }
}
