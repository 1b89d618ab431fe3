namespace Berth.Benchmarks;

/// <summary>A failure the person running the benchmark can fix; its message says what happened and what to do.</summary>
public sealed class BenchmarkException(string message) : Exception(message);
