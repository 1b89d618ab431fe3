using System.Runtime.InteropServices;

namespace Berth.Cli.Commands;

/// <summary>
/// Grows the pipe the editor reads the language server's stdout from, on Linux, to hold a whole large message.
/// Why: a pipe holds 64 KB by default, so a publishDiagnostics of a megabyte (a 10,000-line Dockerfile) was written
/// in sixteen rounds, each waiting for the editor to wake up and read; measured, that was most of the time between
/// the server having the diagnostics and the editor having them. Best effort: where it fails (not a pipe, a
/// system limit below 1 MB), the pipe simply stays as it was.
/// </summary>
internal static class StdoutPipe
{
    private const int StandardOutput = 1;
    private const int SetPipeSize = 1031; // F_SETPIPE_SZ (Linux 2.6.35+)
    private const int WantedBytes = 1024 * 1024; // the default /proc/sys/fs/pipe-max-size for unprivileged processes

    public static void TryEnlarge()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            _ = Fcntl(StandardOutput, SetPipeSize, WantedBytes);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // No libc to ask (an unusual Linux); the default pipe works, only slower for large messages.
        }
    }

    // DllImport, not LibraryImport: three ints need no marshalling code, and the latter would need unsafe code enabled.
    [DllImport("libc", EntryPoint = "fcntl")]
    private static extern int Fcntl(int fd, int command, int argument);
}
