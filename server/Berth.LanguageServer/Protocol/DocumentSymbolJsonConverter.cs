using Berth.LanguageServer.Protocol.Editing;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// Writes a <see cref="DocumentSymbol"/> and its children directly, as the serializer's contract would (nulls left out),
/// without looking up each one's members by reflection. A manifest's outline is written through it; a Dockerfile's,
/// which can be ~17,000 symbols, is written straight from the outline (<see cref="Editing.DocumentSymbolsJson"/>) to the
/// same JSON. Reading is the serializer's own.
/// </summary>
internal sealed class DocumentSymbolJsonConverter() : WriteOnlyJsonConverter<DocumentSymbol>("Document symbols are read by the serializer itself.")
{
    protected override void WriteValue(JsonWriter writer, DocumentSymbol value) => Write(writer, value);

    private static void Write(JsonWriter writer, DocumentSymbol? value)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }
        writer.WriteStartObject();
        if (value.Name is not null)
        {
            writer.WritePropertyName("name");
            writer.WriteValue(value.Name);
        }
        if (value.Detail is not null)
        {
            writer.WritePropertyName("detail");
            writer.WriteValue(value.Detail);
        }
        writer.WritePropertyName("kind");
        writer.WriteValue(value.Kind);
        if (value.Range is not null)
        {
            writer.WritePropertyName("range");
            RangeJsonConverter.Write(writer, value.Range);
        }
        if (value.SelectionRange is not null)
        {
            writer.WritePropertyName("selectionRange");
            RangeJsonConverter.Write(writer, value.SelectionRange);
        }
        if (value.Children is { } children)
        {
            writer.WritePropertyName("children");
            writer.WriteStartArray();
            foreach (var child in children) Write(writer, child);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
