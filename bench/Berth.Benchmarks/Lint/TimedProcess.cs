using System.Diagnostics;

namespace Berth.Benchmarks.Lint;

/// <summary>Runs a command to completion with its output thrown away, and says how long it took and how it ended.</summary>
public static class TimedProcess
{
    public static async Task<(double Milliseconds, int ExitCode, string StderrTail)> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["NO_COLOR"] = "1";
        var start = Stopwatch.GetTimestamp();
        using var process = Process.Start(info) ?? throw new BenchmarkException($"{fileName} did not start.");
        // Drain both pipes so that a chatty linter never blocks on a full pipe and skews its own time.
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new BenchmarkException($"{fileName} {string.Join(' ', info.ArgumentList)} took longer than {timeout.TotalSeconds:0} s; it was stopped.");
        }
        await stdout.ConfigureAwait(false);
        var error = await stderr.ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        return (elapsed, process.ExitCode, error.Length > 2000 ? error[^2000..] : error);
    }
}
