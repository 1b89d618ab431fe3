using System.Buffers;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// Writes a <see cref="Diagnostic"/> as its cached JSON (<see cref="DiagnosticJsonCache"/>), wherever one is
/// serialized: a publish's list, a pull report's items. The text is what the serializer would write without this
/// converter, so the bytes on the wire do not change; only the work of producing them does. Reading is the
/// serializer's own (diagnostics come back from clients in codeAction params).
/// </summary>
internal sealed class DiagnosticJsonConverter : JsonConverter<Diagnostic>
{
    public override bool CanRead => false;

    public override void WriteJson(JsonWriter writer, Diagnostic? value, JsonSerializer serializer)
    {
        if (value is null) writer.WriteNull();
        else Utf8JsonTextWriter.WriteRawUtf8Value(writer, new ReadOnlySequence<byte>(DiagnosticJsonCache.Utf8Of(value)));
    }

    public override Diagnostic ReadJson(JsonReader reader, Type objectType, Diagnostic? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Diagnostics are read by the serializer itself.");
}
