using BenchmarkDotNet.Attributes;
using Berth.Benchmarks.Corpus;
using Berth.Benchmarks.Lsp;
using Berth.Dockerfile;

namespace Berth.Benchmarks.Micro;

/// <summary>
/// Base of the micro-benchmarks: the generated Dockerfile of each standard size, made (and parsed) once per
/// size, with the same caret positions the LSP comparison uses, so features are timed on a ready snapshot.
/// </summary>
public abstract class SizedDocuments
{
    [Params(100, 1_000, 10_000, 50_000)]
    public int Lines { get; set; }

    protected string Text { get; private set; } = "";

    protected DockerfileDocument Document { get; private set; } = null!;

    protected SessionPlan Plan { get; private set; } = null!;

    [GlobalSetup]
    public virtual void Setup()
    {
        Text = SizedDockerfileGenerator.Generate(Lines);
        Document = DockerfileDocument.Parse(Text);
        Plan = SessionPlan.For(Text);
    }

    protected int OffsetOf(Position position) => Document.Lines.OffsetOf(new(position.Line, position.Character));
}
