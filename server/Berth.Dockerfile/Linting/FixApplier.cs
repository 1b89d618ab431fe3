using System.Text;
using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Linting;

/// <summary>
/// Applies fixes to text: every certain fix of the given diagnostics, skipping any whose edits overlap an edit
/// already taken (the next lint run offers it again). What "fix all" and <c>berth lint --fix</c> use.
/// </summary>
public static class FixApplier
{
    public static string FixAll(string text, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        var edits = CertainEdits(diagnostics);
        return Apply(text, edits);
    }

    /// <summary>The non-overlapping edits of every certain fix, in text order.</summary>
    public static IReadOnlyList<TextEdit> CertainEdits(IEnumerable<Diagnostic> diagnostics)
    {
        var taken = new List<TextEdit>();
        foreach (var fix in diagnostics.SelectMany(d => d.Fixes.Where(f => f.IsCertain).Take(1)))
        {
            if (fix.Edits.Any(e => taken.Any(t => Overlaps(t, e)))) continue;
            taken.AddRange(fix.Edits);
        }
        return taken.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToArray();
    }

    public static string Apply(string text, IReadOnlyList<TextEdit> edits)
    {
        var sb = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var edit in edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End))
        {
            if (edit.Span.Start < at || edit.Span.End > text.Length) continue;
            sb.Append(text, at, edit.Span.Start - at).Append(edit.NewText);
            at = edit.Span.End;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    // Edits sharing a character conflict, and so does an insertion inside a replaced span; two insertions at one
    // point do not (both texts are inserted, in the order the findings come).
    private static bool Overlaps(TextEdit a, TextEdit b) =>
        a.Span.OverlapsWith(b.Span)
        || (a.Span.Length == 0 && b.Span.Length > 0 && b.Span.ContainsOrTouches(a.Span.Start) && a.Span.Start != b.Span.Start && a.Span.Start != b.Span.End)
        || (b.Span.Length == 0 && a.Span.Length > 0 && a.Span.Contains(b.Span.Start) && b.Span.Start != a.Span.Start);
}
