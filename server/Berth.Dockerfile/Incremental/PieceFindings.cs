using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Incremental;

/// <summary>
/// The findings of one stage, computed once and reused, as the same object, for as long as the stage and everything
/// its findings depend on stay the same. When an edit above moves the stage, <see cref="At"/> moves the findings with
/// it; offsets in the prelude (a fix that declares a global ARG) stay where they are.
/// </summary>
public sealed class PieceFindings
{
    // Messages that quote a line number ("unpacked by tar on line 12") go stale when lines are added above.
    private static readonly HashSet<string> LineQuotingCodes = new(StringComparer.Ordinal) { "DL3010" };

    private readonly IReadOnlyList<Diagnostic> _diagnostics;
    private readonly int _origin;
    private readonly int _preludeEnd;
    // The last move, kept whole in one reference so that readers on other threads never see half of it.
    private Moved? _moved;

    private sealed record Moved(int Start, IReadOnlyList<Diagnostic> Diagnostics);

    internal PieceFindings(IReadOnlyList<Diagnostic> diagnostics, int origin, int preludeEnd, int pieceEnd)
    {
        _diagnostics = diagnostics;
        _origin = origin;
        _preludeEnd = preludeEnd;
        QuotesLines = diagnostics.Any(d => LineQuotingCodes.Contains(d.Code));
        // A finding that points into another stage can't follow this one when it moves; the linter then checks the
        // whole file after every edit instead.
        IsMovable = diagnostics.All(d => d.Spans.All(Inside));

        bool Inside(TextSpan span) =>
            (span.Start >= origin && span.End <= pieceEnd) || span.End <= preludeEnd;
    }

    /// <summary>False when a finding or one of its fixes points outside the stage and the prelude.</summary>
    public bool IsMovable { get; }

    /// <summary>True when a message quotes a line number, so the findings go stale when the stage moves to another line.</summary>
    public bool QuotesLines { get; }

    public int Count => _diagnostics.Count;

    /// <summary>The findings as they are when the stage starts at <paramref name="start"/>.</summary>
    public IReadOnlyList<Diagnostic> At(int start)
    {
        if (start == _origin) return _diagnostics;
        if (_moved is { } last && last.Start == start) return last.Diagnostics;
        var delta = start - _origin;
        var moved = _diagnostics.Select(d => d.WithSpansMapped(span => Move(span, delta))).ToArray();
        _moved = new Moved(start, moved);
        return moved;
    }

    private TextSpan Move(TextSpan span, int delta) => span.Start > _preludeEnd ? new TextSpan(span.Start + delta, span.Length) : span;
}
