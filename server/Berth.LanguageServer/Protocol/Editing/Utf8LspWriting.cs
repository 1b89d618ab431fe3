using System.Text.Json;
using Berth.Dockerfile.Text;

namespace Berth.LanguageServer.Protocol.Editing;

/// <summary>
/// The LSP shapes that answers written straight to UTF-8 (<see cref="DocumentSymbolsJson"/>, <see cref="TextEditsJson"/>)
/// share: a range from a span of the text, and the property names, encoded once so that the writer copies them
/// rather than escaping each again.
/// </summary>
internal static class Utf8LspWriting
{
    public static readonly JsonEncodedText Range = JsonEncodedText.Encode("range");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
    private static readonly JsonEncodedText Character = JsonEncodedText.Encode("character");

    /// <summary>Writes <c>{"start":{"line":…,"character":…},"end":{…}}</c> for <paramref name="span"/>, as <see cref="RangeJsonConverter"/> does.</summary>
    public static void WriteRange(Utf8JsonWriter writer, TextSpan span, LineIndex lines)
    {
        writer.WriteStartObject();
        writer.WritePropertyName(Start);
        WritePosition(writer, lines.PositionOf(span.Start));
        writer.WritePropertyName(End);
        WritePosition(writer, lines.PositionOf(span.End));
        writer.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter writer, LinePosition position)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Line, position.Line);
        writer.WriteNumber(Character, position.Character);
        writer.WriteEndObject();
    }
}
