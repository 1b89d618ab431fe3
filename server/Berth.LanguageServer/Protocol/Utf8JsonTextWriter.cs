using System.Buffers;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Protocol;

/// <summary>
/// Newtonsoft's JSON writer, writing UTF-8 straight into a buffer, that also takes values already encoded
/// (<see cref="WriteRawUtf8Value"/>).
/// Why: a publish after a keystroke in a large file is thousands of cached diagnostics (five megabytes at 50,000
/// lines); kept as UTF-8 they are copied into the message as they are, where texts had to be encoded again for every
/// publish, and they take half the memory.
/// </summary>
public sealed class Utf8JsonTextWriter : JsonTextWriter
{
    private readonly Utf8Sink _sink;

    public Utf8JsonTextWriter(IBufferWriter<byte> output)
        : this(new Utf8Sink(output))
    {
    }

    private Utf8JsonTextWriter(Utf8Sink sink)
        : base(sink)
    {
        _sink = sink;
        Formatting = Formatting.None;
    }

    /// <summary>Writes a complete JSON value given as UTF-8, where a value may come next (after a comma when one is due).</summary>
    public void WriteRawUtf8Value(ReadOnlySpan<byte> json)
    {
        // Moves the writer on as for any value (scope, the comma before it) while writing no text of its own.
        WriteRawValue(null);
        _sink.WriteUtf8(json);
    }

    /// <summary>Writes a JSON array of complete values given as UTF-8 (a publish's thousands of cached diagnostics).</summary>
    public void WriteRawUtf8Array(IReadOnlyList<byte[]> items)
    {
        WriteRawValue(null);
        _sink.WriteUtf8Array(items);
    }

    /// <summary>
    /// Writes complete JSON given as UTF-8 as the next value of any writer: copied as it is by a
    /// <see cref="Utf8JsonTextWriter"/> (every answer and notification), decoded for any other (a value that
    /// StreamJsonRpc's own formatter or a JToken writer meets).
    /// </summary>
    public static void WriteRawUtf8Value(JsonWriter writer, ReadOnlySequence<byte> json)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer is not Utf8JsonTextWriter utf8)
        {
            writer.WriteRawValue(Encoding.UTF8.GetString(json));
            return;
        }
        utf8.WriteRawValue(null);
        foreach (var segment in json) utf8._sink.WriteUtf8(segment.Span);
    }

    /// <summary>As <see cref="WriteRawUtf8Value(JsonWriter, ReadOnlySequence{byte})"/>, for an array of complete values.</summary>
    public static void WriteRawUtf8Array(JsonWriter writer, IReadOnlyList<byte[]> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        if (writer is Utf8JsonTextWriter utf8)
        {
            utf8.WriteRawUtf8Array(items);
            return;
        }
        writer.WriteStartArray();
        foreach (var item in items) writer.WriteRawValue(Encoding.UTF8.GetString(item));
        writer.WriteEndArray();
    }

    /// <summary>
    /// The text writer under the JSON writer: characters are gathered and encoded to UTF-8 a few thousand at a time
    /// (the JSON writer writes punctuation one character at a time), and pre-encoded bytes go in between, in order.
    /// Invalid UTF-16 (a lone surrogate) becomes U+FFFD, as with a StreamWriter over UTF-8.
    /// </summary>
    private sealed class Utf8Sink(IBufferWriter<byte> output) : TextWriter(CultureInfo.InvariantCulture)
    {
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        private readonly Encoder _encoder = Utf8.GetEncoder();
        private readonly char[] _chars = new char[4096];
        private int _count;

        public override Encoding Encoding => Utf8;

        public override void Write(char value)
        {
            if (_count == _chars.Length) FlushChars(final: false);
            _chars[_count++] = value;
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            while (buffer.Length > 0)
            {
                if (_count == _chars.Length) FlushChars(final: false);
                var taken = Math.Min(buffer.Length, _chars.Length - _count);
                buffer[..taken].CopyTo(_chars.AsSpan(_count));
                _count += taken;
                buffer = buffer[taken..];
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(string? value) => Write(value.AsSpan());

        public void WriteUtf8(ReadOnlySpan<byte> bytes)
        {
            FlushChars(final: false);
            output.Write(bytes);
        }

        // The items are packed into spans of at least 16 KB, so a list of thousands costs a copy per item, not a request
        // to the buffer per item.
        public void WriteUtf8Array(IReadOnlyList<byte[]> items)
        {
            Write('[');
            FlushChars(final: false);
            var span = Span<byte>.Empty;
            var used = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var needed = item.Length + 1;
                if (span.Length - used < needed)
                {
                    output.Advance(used);
                    span = output.GetSpan(Math.Max(needed, 16 * 1024));
                    used = 0;
                }
                if (i > 0) span[used++] = (byte)',';
                item.CopyTo(span[used..]);
                used += item.Length;
            }
            output.Advance(used);
            Write(']');
        }

        public override void Flush() => FlushChars(final: false);

        protected override void Dispose(bool disposing)
        {
            if (disposing) FlushChars(final: true);
            base.Dispose(disposing);
        }

        private void FlushChars(bool final)
        {
            var chars = _chars.AsSpan(0, _count);
            // At most three bytes per character, plus a surrogate half kept from the last call.
            var bytes = output.GetSpan(Utf8.GetMaxByteCount(chars.Length));
            output.Advance(_encoder.GetBytes(chars, bytes, flush: final));
            _count = 0;
        }
    }
}
