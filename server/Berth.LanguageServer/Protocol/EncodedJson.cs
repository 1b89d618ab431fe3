using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nerdbank.Streams;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// A JSON value (a request's result, a notification's params) already written as UTF-8, which the message handler
/// (<see cref="Server.LspMessageHandler"/>) copies into the outgoing message as it is.
/// Why: StreamJsonRpc's formatter turns every message into a JToken tree and writes that tree through a text writer;
/// for a large answer (a megabyte of diagnostics per keystroke at 10,000 lines, several megabytes of symbols or
/// formatting edits at 50,000) that was a second pass over the text and, for results, one string of millions of
/// characters per answer. Here the value is written once, by the LSP serializer, into pooled segments.
/// The segments go back to the pool once the message is written (<see cref="Dispose"/>); an instance is written once.
/// </summary>
[JsonConverter(typeof(EncodedJsonConverter))]
public sealed class EncodedJson : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);

    private Sequence<byte>? _utf8;

    private EncodedJson(Sequence<byte> utf8) => _utf8 = utf8;

    /// <summary>The value as the LSP serializer (<see cref="LspSerializer.Instance"/>) writes it, in UTF-8.</summary>
    public static EncodedJson Of(object? value)
    {
        var utf8 = NewBuffer();
        using (var writer = new Utf8JsonTextWriter(utf8))
        {
            if (value is null) writer.WriteNull();
            else LspSerializer.Instance.Serialize(writer, value);
        }
        return new EncodedJson(utf8);
    }

    /// <summary>
    /// A value written by <paramref name="write"/> with System.Text.Json's UTF-8 writer, for answers large enough that
    /// the LSP serializer's object graph is the cost (the outline of a 50,000-line file: see
    /// <see cref="Editing.DocumentSymbolsJson"/>). Strings are escaped as the LSP serializer escapes them (text outside
    /// ASCII stays as it is), except characters beyond the basic plane, which this writer escapes as their surrogate
    /// pairs: the same JSON values either way.
    /// </summary>
    public static EncodedJson Write<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var utf8 = NewBuffer();
        using (var writer = new Utf8JsonWriter(utf8, RelaxedWriting)) write(writer, state);
        return new EncodedJson(utf8);
    }

    /// <summary><c>[]</c>: an answer of nothing. A new instance each time, as an instance is written once.</summary>
    public static EncodedJson EmptyArray() => Write(0, static (writer, _) =>
    {
        writer.WriteStartArray();
        writer.WriteEndArray();
    });

    private static readonly JsonWriterOptions RelaxedWriting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Sequence<byte> NewBuffer() => new(ArrayPool<byte>.Shared) { MinimumSpanLength = 16 * 1024 };

    /// <summary>The UTF-8 bytes; valid until <see cref="Dispose"/>.</summary>
    public ReadOnlySequence<byte> Utf8Bytes => (_utf8 ?? throw new ObjectDisposedException(nameof(EncodedJson))).AsReadOnlySequence;

    /// <summary>The JSON text (for tests, and for a formatter that meets this value after all).</summary>
    public string Text => Utf8.GetString(Utf8Bytes);

    /// <summary>Returns the segments to the pool.</summary>
    public void Dispose()
    {
        _utf8?.Dispose();
        _utf8 = null;
    }

    public override string ToString() => _utf8 is null ? "(written)" : Text;

    /// <summary>Writes the value as raw JSON wherever a serializer meets it, so that the text on the wire is the same either way.</summary>
    private sealed class EncodedJsonConverter() : WriteOnlyJsonConverter<EncodedJson>("Encoded JSON is only ever written.")
    {
        protected override void WriteValue(JsonWriter writer, EncodedJson value) => Utf8JsonTextWriter.WriteRawUtf8Value(writer, value.Utf8Bytes);
    }
}
