using System.Text;
using Berth.Benchmarks.Lsp;

namespace Berth.Benchmarks.Tests;

public sealed class LspFramingTests
{
    [Fact]
    public void Content_length_counts_utf8_bytes_not_characters()
    {
        var json = "{\"text\":\"日本語 🐳\"}";
        var framed = Encoding.UTF8.GetString(LspFraming.Encode(json));

        Assert.StartsWith($"Content-Length: {Encoding.UTF8.GetByteCount(json)}\r\n\r\n", framed);
        Assert.NotEqual(json.Length, Encoding.UTF8.GetByteCount(json));
        Assert.EndsWith(json, framed);
    }

    [Fact]
    public void Reads_back_several_messages_from_one_stream()
    {
        var stream = new MemoryStream([.. LspFraming.Encode("{\"id\":1}"), .. LspFraming.Encode("{\"text\":\"ü🐳\"}")]);
        var reader = new LspMessageReader(stream);

        Assert.Equal("{\"id\":1}", Next(reader));
        Assert.Equal("{\"text\":\"ü🐳\"}", Next(reader));
        Assert.Null(Next(reader));
    }

    [Fact]
    public void Reassembles_a_message_that_arrives_one_byte_at_a_time()
    {
        var body = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"s\":\"" + new string('a', 70_000) + "\"}}";
        var reader = new LspMessageReader(new TrickleStream(LspFraming.Encode(body)));

        Assert.Equal(body, Next(reader));
    }

    [Fact]
    public void A_message_larger_than_the_buffer_comes_back_as_its_bytes_and_the_next_one_after_it()
    {
        // Past the reader's 64 KB buffer the body is read straight into place: nothing of the next message may go with it.
        var large = "{\"s\":\"" + string.Concat(Enumerable.Repeat("ü🐳 x", 60_000)) + "\"}";
        var reader = new LspMessageReader(new MemoryStream([.. LspFraming.Encode(large), .. LspFraming.Encode("{\"id\":2}")]));

        Assert.Equal(Encoding.UTF8.GetBytes(large), reader.ReadUtf8());
        Assert.Equal("{\"id\":2}", Next(reader));
        Assert.Null(reader.ReadUtf8());
    }

    [Fact]
    public void Ignores_other_headers_and_header_name_case()
    {
        var raw = "content-length: 2\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}";
        var reader = new LspMessageReader(new MemoryStream(Encoding.ASCII.GetBytes(raw)));

        Assert.Equal("{}", Next(reader));
    }

    [Theory]
    [InlineData("Content-Type: x\r\n\r\n{}", "no Content-Length")]
    [InlineData("Content-Length: ten\r\n\r\n{}", "not a number")]
    [InlineData("Content-Length: 10\r\n\r\n{}", "ended after 2 of 10 bytes")]
    [InlineData("Content-Length: 2\r\n", "ended inside a message header")]
    [InlineData("garbage\r\n\r\n", "not an LSP header")]
    public void A_broken_stream_is_an_error_saying_what_is_wrong(string raw, string expected)
    {
        var reader = new LspMessageReader(new MemoryStream(Encoding.ASCII.GetBytes(raw)));

        var error = Assert.Throws<InvalidDataException>(() => Next(reader));
        Assert.Contains(expected, error.Message);
    }

    /// <summary>The next message as text, as the tests compare it.</summary>
    private static string? Next(LspMessageReader reader) => reader.ReadUtf8() is { } body ? Encoding.UTF8.GetString(body) : null;

    /// <summary>A stream that hands out one byte per read, like a slow pipe.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(1, buffer.Length)]);
    }
}
