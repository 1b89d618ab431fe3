using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>The JSON (exec) form of an instruction's arguments: <c>["executable", "param"]</c>.</summary>
public sealed record ExecFormSyntax(TextSpan Span, IReadOnlyList<JsonStringSyntax> Elements);

/// <summary>One string of an exec form: its span (quotes included) and its decoded value.</summary>
public sealed record JsonStringSyntax(TextSpan Span, string Value);
