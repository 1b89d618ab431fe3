using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Berth.Workspace.ShellCheck;

/// <summary>Starts the real shellcheck process; cancelling kills it.</summary>
public sealed class ShellCheckProcess : IShellCheckProcess
{
    public static ShellCheckProcess Instance { get; } = new();

    public async Task<string> RunAsync(string program, IReadOnlyList<string> arguments, string script, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(script);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new ShellCheckException($"{program} could not be started.");
        }
        catch (Win32Exception e)
        {
            throw new ShellCheckException($"{program} could not be started ({e.Message}); check that it is an executable shellcheck or change the shellcheck path setting.");
        }
        using (process)
        {
            BelowNormalPriority(process);
            try
            {
                var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
                var error = process.StandardError.ReadToEndAsync(cancellationToken);
                try
                {
                    await process.StandardInput.WriteAsync(script.AsMemory(), cancellationToken).ConfigureAwait(false);
                    process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The program exited without reading its input; its exit code and stderr say why, below.
                }
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                var stdout = await output.ConfigureAwait(false);
                var stderr = (await error.ConfigureAwait(false)).Trim();
                // 0: no findings, 1: findings; anything else is ShellCheck failing (bad option, crash).
                if (process.ExitCode is 0 or 1) return stdout;
                var reason = stderr.Length > 0 ? stderr.Split('\n')[0].Trim() : $"exit code {process.ExitCode}";
                throw new ShellCheckException($"{program} failed: {reason}. Check that it is ShellCheck 0.7 or newer (json1 output).");
            }
            catch (OperationCanceledException)
            {
                Kill(process);
                throw;
            }
        }
    }

    // ShellCheck runs in the background of typing; on a small machine it must not take CPU from the core
    // diagnostics of the next keystroke. A program that already exited cannot be re-prioritised: nothing to do.
    private static void BelowNormalPriority(Process process)
    {
        try
        {
            process.PriorityClass = ProcessPriorityClass.BelowNormal;
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill: nothing left to stop.
        }
    }
}
