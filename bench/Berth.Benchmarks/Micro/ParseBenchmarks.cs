using BenchmarkDotNet.Attributes;
using Berth.Dockerfile;

namespace Berth.Benchmarks.Micro;

/// <summary>Parsing a whole document: text to line index, syntax tree and parse diagnostics.</summary>
public class ParseBenchmarks : SizedDocuments
{
    [Benchmark]
    public DockerfileDocument Parse() => DockerfileDocument.Parse(Text);
}
