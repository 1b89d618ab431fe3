using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Analysis;

/// <summary>The first-set diagnostics of a document: parse problems, per-instruction checks and semantic checks, in text order.</summary>
internal static class DocumentAnalyzer
{
    public static IReadOnlyList<Diagnostic> Analyze(DockerfileSyntax syntax, SemanticModel model)
    {
        var result = new List<Diagnostic>(syntax.Diagnostics);
        foreach (var instruction in syntax.Instructions) InstructionChecks.Check(instruction, result);
        SemanticChecks.Check(model, result);
        return result.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End).ToArray();
    }
}
