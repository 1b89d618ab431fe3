using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Semantics;

public enum StageReferenceKind
{
    /// <summary><c>FROM stage</c>.</summary>
    FromBase,
    /// <summary><c>COPY --from=stage</c>.</summary>
    CopyFrom,
    /// <summary><c>RUN --mount=from=stage</c>.</summary>
    MountFrom,
}

/// <summary>
/// A place that names a stage or an image (<see cref="Text"/> at <see cref="Span"/>), with the stage it resolves
/// to. <see cref="Target"/> is null when the text names no stage before the reference (an image, or a mistake).
/// </summary>
public sealed record StageReference(StageReferenceKind Kind, string Text, TextSpan Span, InstructionSyntax Instruction, int FromStageIndex, BuildStage? Target)
{
    public bool IsIndex => Text.Length > 0 && Text.All(char.IsAsciiDigit);
}
