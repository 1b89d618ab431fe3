using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// One whitespace-separated word of an instruction's arguments, quotes kept as written (<see cref="Text"/>
/// has the line continuations removed). <see cref="Value"/> has the quotes and escapes removed.
/// </summary>
public sealed record ArgumentSyntax(TextSpan Span, string Text, string Value, int LogicalStart, int LogicalEnd);
