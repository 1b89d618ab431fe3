namespace Berth.Workspace.ShellCheck;

/// <summary>
/// Runs the shellcheck program once: the script goes to stdin (never on the command line), the json1 report comes
/// back from stdout. The seam lets tests count (or replace) invocations.
/// </summary>
public interface IShellCheckProcess
{
    /// <summary>Runs <paramref name="program"/>; throws <see cref="ShellCheckException"/> when it cannot run or answers with an error.</summary>
    Task<string> RunAsync(string program, IReadOnlyList<string> arguments, string script, CancellationToken cancellationToken);
}
