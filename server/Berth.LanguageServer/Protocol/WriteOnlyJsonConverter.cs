using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// A converter that only writes a value (faster than its contract, or as bytes it already has); reading it stays the
/// serializer's own, and null is written as null.
/// </summary>
/// <param name="readRefusal">Why <see cref="ReadJson"/> is never the way to read one.</param>
internal abstract class WriteOnlyJsonConverter<T>(string readRefusal) : JsonConverter<T> where T : class
{
    public sealed override bool CanRead => false;

    public sealed override void WriteJson(JsonWriter writer, T? value, JsonSerializer serializer)
    {
        if (value is null) writer.WriteNull();
        else WriteValue(writer, value);
    }

    /// <summary>Writes <paramref name="value"/> as its contract would.</summary>
    protected abstract void WriteValue(JsonWriter writer, T value);

    public sealed override T ReadJson(JsonReader reader, Type objectType, T? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        throw new NotSupportedException(readRefusal);
}
