using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Berth.Benchmarks.Micro;

/// <summary>The micro-benchmark classes and their shared configuration (short runs: 2 cores, shared machine).</summary>
public static class MicroBenchmarks
{
    public static Type[] Types { get; } = [typeof(ParseBenchmarks)];

    public static IConfig Config() => DefaultConfig.Instance
        .AddJob(Job.ShortRun)
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.JoinSummary);
}
