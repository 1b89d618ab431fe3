namespace Berth.Benchmarks.Lsp;

/// <summary>
/// Where in a document the replayed session acts, worked out once from its text so that both servers get
/// exactly the same requests: typing happens at the end of a comment line in the middle of the file (so
/// no position elsewhere moves), completion asks for variables just after a "${" near the middle, and
/// hover points at an instruction keyword near the middle.
/// </summary>
public sealed record SessionPlan(Position TypingAt, Position CompletionAt, Position HoverAt)
{
    public static SessionPlan For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var middle = Math.Max(0, (lines.Length - 1) / 2);

        var typingLine = FindFrom(lines, middle, l => l.StartsWith('#') && !l.EndsWith('\\')) ?? middle;
        var typingAt = new Position(typingLine, lines[typingLine].TrimEnd('\r').Length);

        var completionLine = FindFrom(lines, middle, l => l.Contains("${", StringComparison.Ordinal));
        var completionAt = completionLine is { } cl
            ? new Position(cl, lines[cl].IndexOf("${", StringComparison.Ordinal) + 2)
            : new Position(middle, 0);

        var hoverLine = FindFrom(lines, middle, l => l.StartsWith("RUN ", StringComparison.Ordinal));
        var hoverAt = new Position(hoverLine ?? middle, 1);
        return new SessionPlan(typingAt, completionAt, hoverAt);
    }

    private static int? FindFrom(string[] lines, int start, Func<string, bool> predicate)
    {
        for (var i = start; i < lines.Length; i++) if (predicate(lines[i])) return i;
        for (var i = start - 1; i >= 0; i--) if (predicate(lines[i])) return i;
        return null;
    }
}

/// <summary>An LSP position (0-based line, UTF-16 column).</summary>
public readonly record struct Position(int Line, int Character);
