using System.Buffers;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// Writes a <see cref="Diagnostic"/> as its cached JSON (<see cref="DiagnosticJsonCache"/>), wherever one is
/// serialized: a publish's list, a pull report's items. The text is what the serializer would write without this
/// converter, so the bytes on the wire do not change; only the work of producing them does. Reading is the
/// serializer's own (diagnostics come back from clients in codeAction params).
/// </summary>
internal sealed class DiagnosticJsonConverter() : WriteOnlyJsonConverter<Diagnostic>("Diagnostics are read by the serializer itself.")
{
    protected override void WriteValue(JsonWriter writer, Diagnostic value) =>
        Utf8JsonTextWriter.WriteRawUtf8Value(writer, new ReadOnlySequence<byte>(DiagnosticJsonCache.Utf8Of(value)));
}
