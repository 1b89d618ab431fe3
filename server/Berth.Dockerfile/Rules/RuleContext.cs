using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Rules;

/// <summary>What a rule sees (document, model, settings, pragmas) and where it reports.</summary>
public sealed class RuleContext(DockerfileDocument document, LintSettings settings, Pragmas pragmas)
{
    private readonly List<Diagnostic> _findings = [];

    public DockerfileDocument Document { get; } = document;

    public DockerfileSyntax Syntax => Document.Syntax;

    public SemanticModel Model => Document.Semantics;

    public LintSettings Settings { get; } = settings;

    public Pragmas Pragmas { get; } = pragmas;

    public string Text => Document.Text;

    public IReadOnlyList<Diagnostic> Findings => _findings;

    public void Report(RuleDescriptor rule, TextSpan span, string message, params CodeFix[] fixes) =>
        _findings.Add(rule.Create(span, message) with { Fixes = fixes });
}
