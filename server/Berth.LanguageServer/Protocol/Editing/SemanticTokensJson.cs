using System.Text.Json;

namespace Berth.LanguageServer.Protocol.Editing;

/// <summary>
/// The semantic tokens answers (full, range, full/delta) written straight to UTF-8: the JSON that the
/// <see cref="SemanticTokens"/> and <see cref="SemanticTokensDelta"/> records would serialize to, without them.
/// Why: the LSP serializer (Newtonsoft.Json) writes a list item by item through its contract machinery, boxing each
/// number. A 50,000-line file's tokens are about a million numbers, so each full answer allocated tens of megabytes
/// of boxes, and the collection they set off landed in that answer or the next: semanticTokens/full at 50,000 lines
/// took 92-291 ms, 38 ms written here (bench/RESULTS.md).
/// </summary>
public static class SemanticTokensJson
{
    /// <summary><c>{"resultId":…,"data":[…]}</c>, without <c>resultId</c> when it is null.</summary>
    public static EncodedJson Tokens(string? resultId, IReadOnlyList<int> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return EncodedJson.Write((resultId, data), static (writer, state) =>
        {
            writer.WriteStartObject();
            if (state.resultId is not null) writer.WriteString(Names.ResultId, state.resultId);
            WriteData(writer, state.data);
            writer.WriteEndObject();
        });
    }

    /// <summary>The answer to full/delta: <c>{"resultId":…,"edits":[…]}</c>, or full <c>data</c> when the previous result is unknown.</summary>
    public static EncodedJson Delta(SemanticTokensDelta delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        return EncodedJson.Write(delta, static (writer, delta) =>
        {
            writer.WriteStartObject();
            writer.WriteString(Names.ResultId, delta.ResultId);
            if (delta.Edits is { } edits)
            {
                writer.WritePropertyName(Names.Edits);
                writer.WriteStartArray();
                foreach (var edit in edits)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber(Names.Start, edit.Start);
                    writer.WriteNumber(Names.DeleteCount, edit.DeleteCount);
                    if (edit.Data is { } data) WriteData(writer, data);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            if (delta.Data is { } full) WriteData(writer, full);
            writer.WriteEndObject();
        });
    }

    private static void WriteData(Utf8JsonWriter writer, IReadOnlyList<int> data)
    {
        writer.WritePropertyName(Names.Data);
        writer.WriteStartArray();
        foreach (var value in data) writer.WriteNumberValue(value);
        writer.WriteEndArray();
    }

    // Property names encoded once (see Utf8LspWriting), in the records' order.
    private static class Names
    {
        public static readonly JsonEncodedText ResultId = JsonEncodedText.Encode("resultId");
        public static readonly JsonEncodedText Data = JsonEncodedText.Encode("data");
        public static readonly JsonEncodedText Edits = JsonEncodedText.Encode("edits");
        public static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
        public static readonly JsonEncodedText DeleteCount = JsonEncodedText.Encode("deleteCount");
    }
}
