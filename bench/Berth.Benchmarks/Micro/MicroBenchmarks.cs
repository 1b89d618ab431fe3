using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Berth.Benchmarks.Micro;

/// <summary>The micro-benchmark classes and their shared configuration.</summary>
public static class MicroBenchmarks
{
    public static Type[] Types { get; } = [typeof(ParseBenchmarks), typeof(AnalysisBenchmarks), typeof(EditingBenchmarks)];

    /// <summary>
    /// Short runs in this process: the default toolchain generates and builds a child project, which under the
    /// repository's warnings-as-errors build and on a shared 2-core machine costs minutes and can fail to build
    /// at all. This process is already a Release build, so in-process measurements are sound.
    /// </summary>
    public static IConfig Config() => DefaultConfig.Instance
        .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.JoinSummary);
}
