using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Syntax;

/// <summary>
/// A <c>key=value</c> pair of ENV, LABEL or ARG, or the legacy <c>ENV key value</c> form (<see cref="IsLegacyForm"/>).
/// <see cref="Value"/> is unquoted; null when there is no value at all (<c>ARG name</c>).
/// </summary>
public sealed record KeyValueSyntax(
    TextSpan Span, string Key, TextSpan KeySpan, string? Value, TextSpan? ValueSpan, string? RawValue, bool IsLegacyForm);
