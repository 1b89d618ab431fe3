using System.Text.Json;
using Berth.Dockerfile.Text;
using CoreTextEdit = Berth.Dockerfile.LanguageService.Formatting.TextEdit;

namespace Berth.LanguageServer.Protocol.Editing;

/// <summary>
/// The formatter's edits as an answer's <c>TextEdit[]</c>, written straight from them: the JSON that
/// <see cref="LspTextEdit"/> records converted from them would serialize to, without the records.
/// Why: formatting a 50,000-line file answers ~32,000 edits; their records and ranges were ~4 MB built, written once
/// and dropped, and the collections they set off at that heap size made formatting grow faster than the file.
/// </summary>
public static class TextEditsJson
{
    private static readonly JsonEncodedText NewText = JsonEncodedText.Encode("newText");

    public static EncodedJson Encode(IReadOnlyList<CoreTextEdit> edits, LineIndex lines)
    {
        ArgumentNullException.ThrowIfNull(edits);
        ArgumentNullException.ThrowIfNull(lines);
        return EncodedJson.Write((edits, lines), static (writer, state) =>
        {
            writer.WriteStartArray();
            foreach (var edit in state.edits)
            {
                writer.WriteStartObject();
                writer.WritePropertyName(Utf8LspWriting.Range);
                Utf8LspWriting.WriteRange(writer, edit.Span, state.lines);
                writer.WriteString(NewText, edit.NewText);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        });
    }
}
