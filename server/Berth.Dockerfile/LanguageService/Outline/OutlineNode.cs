using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.LanguageService.Outline;

/// <summary>What an outline entry is; the protocol layer maps it to an LSP SymbolKind.</summary>
public enum OutlineKind
{
    Stage,
    Instruction,
    Variable,
    Directive,
}

/// <summary>One entry of the document outline: its name, a detail, the span it covers and the span to select (its name).</summary>
public sealed record OutlineNode(string Name, string? Detail, OutlineKind Kind, TextSpan Span, TextSpan SelectionSpan, IReadOnlyList<OutlineNode> Children);
