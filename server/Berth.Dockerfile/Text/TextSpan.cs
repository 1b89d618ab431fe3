namespace Berth.Dockerfile.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code-unit offsets into a document's text.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    /// <summary>True when <paramref name="offset"/> is inside the span or touches its end (a caret after the last character).</summary>
    public bool ContainsOrTouches(int offset) => offset >= Start && offset <= End;

    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start}..{End})";
}
