namespace Berth.Manifest.Model;

/// <summary>
/// A command as the manifest writes it: one string run by the shell (<see cref="UsesShell"/>), or a list of
/// arguments run directly, the same distinction as a Dockerfile's shell and exec forms.
/// </summary>
public sealed record CommandLine(IReadOnlyList<string> Arguments, bool UsesShell)
{
    /// <summary>The arguments Docker receives: a shell string becomes ["/bin/sh", "-c", text].</summary>
    public IReadOnlyList<string> ToExecForm() => UsesShell ? ["/bin/sh", "-c", Arguments.Count > 0 ? Arguments[0] : ""] : Arguments;
}
