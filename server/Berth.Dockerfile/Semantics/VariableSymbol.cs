using Berth.Dockerfile.Syntax;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Semantics;

public enum VariableKind
{
    /// <summary>An ARG (global when <see cref="VariableSymbol.StageIndex"/> is -1).</summary>
    Arg,
    Env,
    /// <summary>A build argument BuildKit defines without a declaration (TARGETPLATFORM, HTTP_PROXY, ...).</summary>
    Predefined,
}

/// <summary>
/// A declared variable: where its name is written (<see cref="NameSpan"/>, the rename target), in which stage
/// (-1 for global ARGs and predefined ones) and its value as far as it can be known without build arguments.
/// </summary>
public sealed record VariableSymbol(string Name, VariableKind Kind, TextSpan NameSpan, InstructionSyntax? Declaration, int StageIndex, string? Value)
{
    public bool IsGlobal => StageIndex < 0;
}

/// <summary>A variable reference and the declaration it resolves to (null: not declared where it is used).</summary>
public sealed record ResolvedVariableReference(VariableReferenceSyntax Reference, InstructionSyntax Instruction, VariableSymbol? Symbol);
