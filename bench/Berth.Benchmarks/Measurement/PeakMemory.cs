using System.Globalization;

namespace Berth.Benchmarks.Measurement;

/// <summary>
/// A process's peak resident memory, read from the kernel: the VmHWM ("high water mark") line of
/// /proc/&lt;pid&gt;/status. It covers the whole life of the process, so reading it once before shutdown
/// gives the peak of the session.
/// </summary>
public static class PeakMemory
{
    /// <summary>Bytes from the text of a /proc/&lt;pid&gt;/status file, or null when it has no VmHWM line.</summary>
    public static long? ParseVmHwm(string statusText)
    {
        ArgumentNullException.ThrowIfNull(statusText);
        foreach (var rawLine in statusText.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var parts = line["VmHWM:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
                throw new FormatException($"The VmHWM line \"{line}\" holds no number.");
            var unit = parts.Length > 1 ? parts[1] : "kB";
            return unit.ToUpperInvariant() switch
            {
                "KB" => amount * 1024,
                "MB" => amount * 1024 * 1024,
                "GB" => amount * 1024 * 1024 * 1024,
                "B" => amount,
                _ => throw new FormatException($"The VmHWM line \"{line}\" has an unknown unit \"{unit}\"."),
            };
        }
        return null;
    }

    /// <summary>The peak of a running process, or null when the kernel doesn't say (not Linux, or it has exited).</summary>
    public static long? Read(int processId)
    {
        try
        {
            return ParseVmHwm(File.ReadAllText($"/proc/{processId}/status"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process exited between our last message and this read: no number rather than a wrong one.
            return null;
        }
    }
}
