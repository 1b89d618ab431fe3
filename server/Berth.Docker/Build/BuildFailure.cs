using Berth.Dockerfile.Text;

namespace Berth.Docker.Build;

/// <summary>
/// Why a build failed, in the engine's words, and which Dockerfile instruction was running: its step number and
/// its span and line range in the Dockerfile, so the editor can mark that instruction.
/// </summary>
public sealed record BuildFailure(string Message, int? Step, TextSpan? InstructionSpan, LineRange? InstructionRange, string DockerfilePath)
{
    /// <summary>One line for the user: "Step 3 (line 5) failed: ...".</summary>
    public string Describe()
    {
        if (InstructionRange is { } range)
            return $"The build failed at step {Step} ({Path.GetFileName(DockerfilePath)} line {range.Start.Line + 1}): {Message}";
        return $"The build failed: {Message}";
    }
}
