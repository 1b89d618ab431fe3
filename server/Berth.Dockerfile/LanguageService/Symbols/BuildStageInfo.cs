using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.LanguageService.Symbols;

/// <summary>
/// One build stage as the editing features see it: its FROM, its name, the instructions it owns
/// (indexes into <see cref="DockerfileSyntax.Instructions"/>, FROM included) and the earlier stage it builds on.
/// </summary>
public sealed record BuildStageInfo(int Index, InstructionSyntax From, string? Name, DockerfileSymbol? Symbol, int FirstInstruction,
    int LastInstruction, BuildStageInfo? Parent)
{
    /// <summary>"build" or "stage 2 (alpine:3.20)".</summary>
    public string DisplayName => Name ?? $"stage {Index} ({From.From?.Image?.Text ?? "?"})";
}
