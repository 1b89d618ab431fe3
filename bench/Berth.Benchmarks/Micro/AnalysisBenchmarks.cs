using BenchmarkDotNet.Attributes;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.LanguageService.Formatting;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.Dockerfile.Linting;

namespace Berth.Benchmarks.Micro;

/// <summary>
/// What a keystroke and the whole-document requests cost on a ready snapshot: every lint rule (with the
/// default settings, as the editor runs them), formatting the whole file, and semantic tokens for it.
/// </summary>
public class AnalysisBenchmarks : SizedDocuments
{
    [Benchmark]
    public IReadOnlyList<Diagnostic> AllRules() => Linter.Lint(Document, LintSettings.Default);

    [Benchmark]
    public int Formatting() => DockerfileFormatter.Format(Document).Count;

    [Benchmark]
    public int SemanticTokens() => SemanticTokenizer.Tokenize(Document).Count;
}
