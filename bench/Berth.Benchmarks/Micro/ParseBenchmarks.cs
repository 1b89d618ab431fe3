using BenchmarkDotNet.Attributes;
using Berth.Dockerfile;
using Berth.Dockerfile.Semantics;
using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Benchmarks.Micro;

/// <summary>
/// The layers of analysing one version: the line index, the lossless syntax tree, the semantic model (stages,
/// variable scopes) from a ready tree, and the whole snapshot (all of it plus the first-set diagnostics).
/// </summary>
public class ParseBenchmarks : SizedDocuments
{
    [Benchmark]
    public LineIndex LineIndex() => Dockerfile.Text.LineIndex.Create(Text);

    [Benchmark]
    public DockerfileSyntax SyntaxTree() => DockerfileSyntax.Parse(Text);

    [Benchmark]
    public SemanticModel SemanticModel() => Dockerfile.Semantics.SemanticModel.Build(Document.Syntax);

    [Benchmark]
    public DockerfileDocument WholeDocument() => DockerfileDocument.Parse(Text);
}
