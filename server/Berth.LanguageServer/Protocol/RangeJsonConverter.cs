using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// Writes a <see cref="Range"/> directly, as the serializer's contract would (<c>{"start":{"line":…,"character":…},"end":…}</c>).
/// Why: every diagnostic, text edit (rename, quick fixes) and manifest symbol holds one, and a large answer has tens of
/// thousands: the contract path looks up and writes three objects' members each time, which made writing such an
/// answer cost more than computing it (measured on 32,000 formatting edits at 50,000 lines; formatting answers and a
/// Dockerfile's symbols are now written without LSP objects, see <see cref="Editing.TextEditsJson"/>). Reading is the
/// serializer's own.
/// </summary>
internal sealed class RangeJsonConverter() : WriteOnlyJsonConverter<Range>("Ranges are read by the serializer itself.")
{
    protected override void WriteValue(JsonWriter writer, Range value) => Write(writer, value);

    /// <summary>A range as its contract writes it (null as null).</summary>
    internal static void Write(JsonWriter writer, Range? value)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }
        writer.WriteStartObject();
        writer.WritePropertyName("start");
        Write(writer, value.Start);
        writer.WritePropertyName("end");
        Write(writer, value.End);
        writer.WriteEndObject();
    }

    private static void Write(JsonWriter writer, Position? position)
    {
        if (position is null)
        {
            writer.WriteNull();
            return;
        }
        writer.WriteStartObject();
        writer.WritePropertyName("line");
        writer.WriteValue(position.Line);
        writer.WritePropertyName("character");
        writer.WriteValue(position.Character);
        writer.WriteEndObject();
    }
}
