using BenchmarkDotNet.Attributes;
using Berth.Benchmarks.Corpus;

namespace Berth.Benchmarks.Micro;

/// <summary>Base of the micro-benchmarks: the generated Dockerfile of each standard size, made once per size.</summary>
public abstract class SizedDocuments
{
    [Params(100, 1_000, 10_000, 50_000)]
    public int Lines { get; set; }

    protected string Text { get; private set; } = "";

    [GlobalSetup]
    public virtual void Setup() => Text = SizedDockerfileGenerator.Generate(Lines);
}
