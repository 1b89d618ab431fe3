using System.Buffers;
using System.Numerics;
using System.Text;
using Berth.LanguageServer.Server;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>
/// Incoming bodies are read with System.Text.Json into the tree StreamJsonRpc's formatter takes; the tree must be the
/// one the formatter's own reading gives, value types included, and anything this reader would take differently is
/// left to the formatter (null).
/// </summary>
public sealed class IncomingMessageJsonTests
{
    /// <summary>The tree the formatter's own reading gives (its serializer reads no dates, 64 levels deep).</summary>
    private static JToken FormatterTree(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
        return JToken.ReadFrom(reader);
    }

    private static JToken? Read(string json) => IncomingMessageJson.TryRead(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)));

    private static void AssertSameTree(JToken expected, JToken actual)
    {
        Assert.Equal(expected.Type, actual.Type);
        switch (expected)
        {
            case JObject obj:
                var actualObject = (JObject)actual;
                Assert.Equal(obj.Properties().Select(p => p.Name), actualObject.Properties().Select(p => p.Name));
                foreach (var property in obj.Properties()) AssertSameTree(property.Value, actualObject[property.Name]!);
                break;
            case JArray array:
                var actualArray = (JArray)actual;
                Assert.Equal(array.Count, actualArray.Count);
                for (var i = 0; i < array.Count; i++) AssertSameTree(array[i], actualArray[i]);
                break;
            case JValue value:
                var actualValue = (JValue)actual;
                Assert.Equal(value.Value?.GetType(), actualValue.Value?.GetType());
                Assert.Equal(value.Value, actualValue.Value);
                break;
        }
    }

    [Theory]
    [InlineData("""{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/Dockerfile"},"position":{"line":3,"character":12}}}""")]
    [InlineData("""{"jsonrpc":"2.0","id":"req-\"7\"","result":null}""")]
    [InlineData("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a%20b/Dockerfile","languageId":"dockerfile","version":1,"text":"FROM alpine\r\n\tRUN echo \"hi\" \\\n  \u00e9 \ud83d\udc33 \u0001 \/ 2024-01-01T00:00:00Z"}}}""")]
    [InlineData("""{"n":[0,-0,1,-1,9223372036854775807,-9223372036854775808,9223372036854775808,123456789012345678901234567890,-99999999999999999999,1.5,-2.25e3,1E5,0.1,1e-7,1e400,-1e400,1e-400]}""")]
    [InlineData("""{"a":true,"b":false,"c":null,"d":[],"e":{},"f":[[1,[2,[3]]],{"g":{"h":"i"}}],"":"empty name"}""")]
    [InlineData("""{"dup":1,"other":2,"dup":"second wins"}""")]
    [InlineData("  \r\n\t{ \"spaced\" : [ 1 , 2 ] }  \n")]
    [InlineData("\"just a string\"")]
    public void A_body_is_read_into_the_tree_the_formatter_reads(string json)
    {
        var read = Read(json);

        Assert.NotNull(read);
        AssertSameTree(FormatterTree(json), read);
    }

    [Fact]
    public void Whole_numbers_beyond_a_long_are_big_integers_and_the_rest_are_longs_or_doubles()
    {
        var read = (JArray)Read("[5, 9223372036854775808, 2.5]")!;

        Assert.IsType<long>(((JValue)read[0]).Value);
        Assert.Equal(BigInteger.Parse("9223372036854775808", System.Globalization.CultureInfo.InvariantCulture), ((JValue)read[1]).Value);
        Assert.IsType<double>(((JValue)read[2]).Value);
    }

    [Fact]
    public void A_large_text_spread_over_many_segments_is_read_whole()
    {
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"RUN echo \"line {i}\" \u00e9\\\n"));
        var json = new JObject { ["jsonrpc"] = "2.0", ["method"] = "textDocument/didOpen", ["params"] = new JObject { ["textDocument"] = new JObject { ["text"] = text } } }.ToString(Formatting.None);
        var bytes = Encoding.UTF8.GetBytes(json);

        var read = IncomingMessageJson.TryRead(Segmented(bytes, 4096));

        Assert.Equal(text, (string?)read!["params"]!["textDocument"]!["text"]);
    }

    [Theory]
    [InlineData("""{"a":1} /* the formatter's reader skips comments */""")]
    [InlineData("""{"a":/* inside */1}""")]
    [InlineData("""{"a":1} trailing""")]
    [InlineData("""{'single':'quotes'}""")]
    [InlineData("""{"a":NaN}""")]
    [InlineData("""{"lone":"\ud800"}""")]
    [InlineData("""{"a":[1,2,]}""")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"a\":")]
    public void What_this_reader_would_take_differently_is_left_to_the_formatter(string json) =>
        Assert.Null(Read(json));

    [Fact]
    public void Invalid_UTF8_is_left_to_the_formatter_which_reads_it_with_replacement_characters()
    {
        byte[] body = [.. "{\"text\":\"a"u8, 0xFF, 0xFE, .. "b\"}"u8];

        Assert.Null(IncomingMessageJson.TryRead(new ReadOnlySequence<byte>(body)));
    }

    [Fact]
    public void Nesting_deeper_than_the_formatter_reads_is_left_to_it()
    {
        var deep = new string('[', 200) + new string(']', 200);

        Assert.Null(Read(deep));
        Assert.NotNull(Read(new string('[', 40) + new string(']', 40)));
    }

    private static ReadOnlySequence<byte> Segmented(byte[] bytes, int size)
    {
        Segment? first = null, last = null;
        for (var start = 0; start < bytes.Length; start += size)
        {
            var segment = new Segment(bytes.AsMemory(start, Math.Min(size, bytes.Length - start)), last);
            first ??= segment;
            last = segment;
        }
        return new ReadOnlySequence<byte>(first!, 0, last!, last!.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, Segment? previous)
        {
            Memory = memory;
            if (previous is null) return;
            RunningIndex = previous.RunningIndex + previous.Memory.Length;
            previous.Next = this;
        }
    }
}
