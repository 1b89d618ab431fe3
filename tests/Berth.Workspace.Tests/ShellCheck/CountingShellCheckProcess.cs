using Berth.Workspace.ShellCheck;

namespace Berth.Workspace.Tests.ShellCheck;

/// <summary>The real process, counted: how many times shellcheck was started.</summary>
public sealed class CountingShellCheckProcess : IShellCheckProcess
{
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    public Task<string> RunAsync(string program, IReadOnlyList<string> arguments, string script, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        return ShellCheckProcess.Instance.RunAsync(program, arguments, script, cancellationToken);
    }
}
