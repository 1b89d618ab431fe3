using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// Writes a list of diagnostics (a publish's, a pull report's items) as their cached JSON
/// (<see cref="DiagnosticJsonCache.Utf8Of(IReadOnlyList{Diagnostic?})"/>), which writes the ones not cached yet in one pass through one writer:
/// a document's first publish has thousands of them. The text is what the serializer would write without it.
/// </summary>
internal sealed class DiagnosticListJsonConverter : JsonConverter
{
    public override bool CanRead => false;

    public override bool CanConvert(Type objectType) =>
        objectType != typeof(string) && typeof(IEnumerable<Diagnostic>).IsAssignableFrom(objectType);

    public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
    {
        if (value is not IEnumerable<Diagnostic> diagnostics)
        {
            writer.WriteNull();
            return;
        }
        Utf8JsonTextWriter.WriteRawUtf8Array(writer, DiagnosticJsonCache.Utf8Of(diagnostics as IReadOnlyList<Diagnostic> ?? [.. diagnostics]));
    }

    public override object ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer) =>
        throw new NotSupportedException("Lists of diagnostics are read by the serializer itself.");
}
