namespace Berth.Cli;

/// <summary>
/// Where a command writes and what it may assume about its terminal. Tests pass string writers; the real
/// program passes the process's console.
/// </summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, bool OutputIsTerminal, string CurrentDirectory)
{
    public static CliConsole FromSystem() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, Environment.CurrentDirectory);

    /// <summary>Colour only on a real terminal, and never when the user asked for none (https://no-color.org).</summary>
    public bool UseColor =>
        OutputIsTerminal
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
