using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// A variable reference: <c>$NAME</c>, <c>${NAME}</c> or <c>${NAME:-word}</c>. <see cref="Modifier"/> is the
/// operator as written (":-", "-", ":+", "+", ":?", "?", or anything else, which Docker rejects) and null without
/// one. <see cref="Operand"/> is the word after the modifier, whose own references are in <see cref="Nested"/>.
/// </summary>
public sealed record VariableReferenceSyntax(
    TextSpan Span,
    string Name,
    TextSpan NameSpan,
    bool IsBraced,
    string? Modifier,
    TextSpan? ModifierSpan,
    string? Operand,
    TextSpan? OperandSpan,
    bool IsTerminated,
    IReadOnlyList<VariableReferenceSyntax> Nested)
{
    public static readonly IReadOnlyList<string> ValidModifiers = [":-", "-", ":+", "+", ":?", "?"];

    public bool HasValidModifier => Modifier is null || ValidModifiers.Contains(Modifier);

    /// <summary>True when the reference supplies its own value if the variable is unset (<c>:-</c> or <c>-</c>).</summary>
    public bool HasDefault => Modifier is ":-" or "-";
}
