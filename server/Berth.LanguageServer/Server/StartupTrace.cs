using System.Diagnostics;

namespace Berth.LanguageServer.Server;

/// <summary>
/// Where start-up time goes, for whoever tunes it: with <c>BERTH_STARTUP_TRACE=1</c> the server writes to stderr
/// each milestone (Main, host set up, initialize handled) and each assembly load, with the raw monotonic timestamp
/// (a harness that started the process can subtract its own) and the time since Main. Off by default, and then
/// it costs one environment read; stdout is never touched (it carries the protocol).
/// </summary>
public static class StartupTrace
{
    private static long _mainTimestamp;

    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("BERTH_STARTUP_TRACE") == "1";

    /// <summary>Starts logging assembly loads (call first thing in Main).</summary>
    public static void Start()
    {
        if (!Enabled) return;
        _mainTimestamp = Stopwatch.GetTimestamp();
        Mark("Main");
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) => Mark($"load {e.LoadedAssembly.GetName().Name}");
    }

    /// <summary>Writes one milestone with the monotonic clock (CLOCK_MONOTONIC on Linux), so an outside harness can line it up.</summary>
    public static void Mark(string milestone)
    {
        if (!Enabled) return;
        var now = Stopwatch.GetTimestamp();
        var sinceMain = Stopwatch.GetElapsedTime(_mainTimestamp, now).TotalMilliseconds;
        Console.Error.WriteLine($"berth-startup {now} main+{sinceMain:F1}ms {milestone}");
    }
}
