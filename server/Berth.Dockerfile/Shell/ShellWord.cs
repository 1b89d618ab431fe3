using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Shell;

/// <summary>One word of a shell command: <see cref="Value"/> with quotes removed, <see cref="Raw"/> as written, and its document span.</summary>
public sealed record ShellWord(string Value, string Raw, TextSpan Span)
{
    public bool IsOption => Value.Length > 1 && Value[0] == '-';

    /// <summary>True when the word holds a variable or command substitution, so its value is unknown.</summary>
    public bool IsDynamic => Raw.Contains('$', StringComparison.Ordinal) || Raw.Contains('`', StringComparison.Ordinal);
}
