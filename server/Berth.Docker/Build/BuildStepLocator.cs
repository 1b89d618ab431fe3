using Berth.Dockerfile;
using Berth.Dockerfile.Text;

namespace Berth.Docker.Build;

/// <summary>
/// Maps the classic builder's "Step N/M" back to the Dockerfile: the engine numbers every instruction in file
/// order (global ARGs first, then each stage up to the target), so step N is the N-th instruction of the text.
/// </summary>
public static class BuildStepLocator
{
    public static (TextSpan Span, LineRange Range)? Locate(string dockerfileText, int step)
    {
        ArgumentNullException.ThrowIfNull(dockerfileText);
        var document = DockerfileDocument.Parse(dockerfileText);
        var instructions = document.Syntax.Instructions;
        if (step < 1 || step > instructions.Count) return null;
        var span = instructions[step - 1].Span;
        return (span, document.Lines.RangeOf(span));
    }
}
