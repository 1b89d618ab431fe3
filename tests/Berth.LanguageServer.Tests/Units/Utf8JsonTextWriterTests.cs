using System.Buffers;
using System.Text;
using Berth.LanguageServer.Protocol;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>
/// Every answer is written by <see cref="Utf8JsonTextWriter"/>: its bytes must be those of Newtonsoft's writer over a
/// UTF-8 StreamWriter (what StreamJsonRpc itself would send), for any text, and pre-encoded values must land where a
/// value goes, commas included.
/// </summary>
public sealed class Utf8JsonTextWriterTests
{
    private static byte[] ThroughStreamWriter(Action<JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var text = new StreamWriter(stream, new UTF8Encoding(false)))
        using (var writer = new JsonTextWriter(text))
        {
            write(writer);
        }
        return stream.ToArray();
    }

    private static byte[] ThroughUtf8Writer(Action<Utf8JsonTextWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonTextWriter(buffer)) write(writer);
        return buffer.WrittenSpan.ToArray();
    }

    public static TheoryData<string> Texts() =>
    [
        "plain",
        "quotes \" and \\ back slashes, tabs\t, new lines\n, controls \u0001 and </script>",
        "accents \u00e9\u00fc, CJK \u4e2d\u6587, a whale \U0001F433 (a surrogate pair)",
        "a lone high surrogate \ud83d then text, a lone low one \udc33 too",
        // Long enough to cross the writer's character buffer several times, with pairs on the edges.
        string.Concat(Enumerable.Repeat("x\U0001F433\u00e9", 3000)),
        new string('a', 4095) + "\U0001F433" + new string('b', 4094) + "\U0001F433",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Text_is_encoded_as_a_utf8_stream_writer_encodes_it(string text)
    {
        void Write(JsonWriter writer)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(text);
            writer.WriteValue(text);
            writer.WritePropertyName("raw");
            writer.WriteRawValue("\"" + text.Replace("\"", "'", StringComparison.Ordinal).Replace("\\", "/", StringComparison.Ordinal) + "\"");
            writer.WriteEndObject();
        }

        Assert.Equal(ThroughStreamWriter(Write), ThroughUtf8Writer(Write));
    }

    [Fact]
    public void Pre_encoded_values_take_the_place_and_the_commas_of_values()
    {
        var written = ThroughUtf8Writer(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("items");
            writer.WriteStartArray();
            writer.WriteRawUtf8Value("{\"a\":1}"u8);
            writer.WriteValue(2);
            writer.WriteRawUtf8Value("\"\u00e9\""u8);
            writer.WriteRawUtf8Value("null"u8);
            writer.WriteEndArray();
            writer.WritePropertyName("next");
            writer.WriteRawUtf8Value("[]"u8);
            writer.WriteEndObject();
        });

        Assert.Equal("{\"items\":[{\"a\":1},2,\"\u00e9\",null],\"next\":[]}", Encoding.UTF8.GetString(written));
    }

    [Fact]
    public void An_array_of_pre_encoded_values_is_written_whole_wherever_a_value_goes()
    {
        // Enough items, and one larger than the writer's chunk, to cross several of its spans.
        var items = Enumerable.Range(0, 2000).Select(i => Encoding.UTF8.GetBytes($"{{\"n\":{i},\"s\":\"\u00e9{new string('x', i % 50)}\"}}")).ToList();
        items.Insert(1000, Encoding.UTF8.GetBytes("\"" + new string('y', 40_000) + "\""));

        var written = ThroughUtf8Writer(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("first");
            writer.WriteValue(1);
            writer.WritePropertyName("items");
            writer.WriteRawUtf8Array(items);
            writer.WritePropertyName("empty");
            writer.WriteRawUtf8Array([]);
            writer.WriteEndObject();
        });

        var expected = "{\"first\":1,\"items\":[" + string.Join(",", items.Select(Encoding.UTF8.GetString)) + "],\"empty\":[]}";
        Assert.Equal(expected, Encoding.UTF8.GetString(written));
    }
}
