using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Rules.Context;

/// <summary>
/// BER0030: a COPY/ADD source that does not exist in the build context; the build would fail. Sources that
/// .dockerignore excludes are CopyIgnoredFile's, so one mistake is reported once.
/// </summary>
internal sealed class CopySourceMissing : IRule
{
    public RuleDescriptor Descriptor { get; } = new("BER0030", Severity.Warning, "COPY/ADD source not in the build context", []);

    public void Check(RuleContext context)
    {
        if (context.BuildContext is not { } buildContext) return;
        var matcher = new DockerIgnoreMatcher(buildContext.Ignore);
        foreach (var (instruction, source) in CopySources.Of(context.Syntax))
        {
            if (matcher.IsExcluded(source.Path) || buildContext.Exists(source.Path)) continue;
            context.Report(Descriptor, source.Argument.Span,
                $"'{source.Argument.Value}' does not exist in the build context (the Dockerfile's folder), so {instruction.Keyword.ToUpperInvariant()} would fail; check the path or build with the right context.");
        }
    }
}
