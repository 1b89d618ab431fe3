namespace Berth.Benchmarks.Corpus;

/// <summary>One generated Dockerfile: where it goes under the corpus folder ("/"-separated) and its text.</summary>
public sealed record CorpusFile(string RelativePath, string Text);
