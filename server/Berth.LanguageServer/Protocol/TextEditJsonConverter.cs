using Berth.LanguageServer.Protocol.Editing;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// Writes an <see cref="LspTextEdit"/> directly, as the serializer's contract would (<c>{"range":…,"newText":"…"}</c>).
/// Why: a rename or a quick fix across a large file answers thousands of edits; writing 32,000 of them by contract (when
/// formatting answers were still LSP edits; they are now written from the formatter's edits, see
/// <see cref="Editing.TextEditsJson"/>) took 45-55 ms, more than computing them. Reading is the serializer's own.
/// </summary>
internal sealed class TextEditJsonConverter() : WriteOnlyJsonConverter<LspTextEdit>("Text edits are read by the serializer itself.")
{
    protected override void WriteValue(JsonWriter writer, LspTextEdit value)
    {
        // Nulls are left out, as LspSerializer's settings leave them out of any contract.
        writer.WriteStartObject();
        if (value.Range is not null)
        {
            writer.WritePropertyName("range");
            RangeJsonConverter.Write(writer, value.Range);
        }
        if (value.NewText is not null)
        {
            writer.WritePropertyName("newText");
            writer.WriteValue(value.NewText);
        }
        writer.WriteEndObject();
    }
}
