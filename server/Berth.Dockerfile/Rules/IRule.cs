using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Rules;

/// <summary>A lint rule: a small class that looks at the semantic model and reports findings.</summary>
public interface IRule
{
    RuleDescriptor Descriptor { get; }

    void Check(RuleContext context);
}
