using System.Text;
using Berth.Dockerfile.Text;
using Berth.LanguageServer.Protocol;

namespace Berth.LanguageServer.Documents;

/// <summary>
/// Applies LSP content changes to a text. Each change's range refers to the text as left by the change
/// before it (the LSP rule), so the line index is rebuilt between changes of one notification.
/// Out-of-range positions clamp, as the LSP specification asks, instead of failing the edit.
/// </summary>
public static class TextChanges
{
    public static string Apply(string text, LineIndex lines, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(changes);
        var current = text;
        LineIndex? index = lines;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                current = change.Text ?? string.Empty;
                index = null;
                continue;
            }
            index ??= LineIndex.Create(current);
            var span = index.SpanOf(new LineRange(ToLinePosition(change.Range.Start), ToLinePosition(change.Range.End)));
            // One allocation of the new text (a builder would allocate it twice: its buffer, then the string).
            current = string.Concat(current.AsSpan(0, span.Start), change.Text, current.AsSpan(span.End));
            index = null;
        }
        return current;
    }

    private static LinePosition ToLinePosition(Position position) => new(position.Line, position.Character);
}
