using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>The server's own ends of stdin (InputPump) and stdout (BlockingWriteStream).</summary>
public sealed class ServerStreamsTests
{
    /// <summary>A stream that records each write it gets, and can hand out its input a few bytes at a time.</summary>
    private sealed class RecordingStream(byte[]? input = null, int chunk = int.MaxValue) : Stream
    {
        private int _read;

        public List<byte[]> Writes { get; } = [];

        public bool Disposed { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (input is null) throw new IOException("the editor went away");
            var take = Math.Min(Math.Min(count, chunk), input.Length - _read);
            Array.Copy(input, _read, buffer, offset, take);
            _read += take;
            return take;
        }

        public override void Write(byte[] buffer, int offset, int count) => Writes.Add(buffer.AsSpan(offset, count).ToArray());
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    [Fact]
    public async Task The_input_pump_hands_over_every_byte_in_order_and_completes_at_the_end_of_the_input()
    {
        var message = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2_000).Select(i => $"Content-Length: 2\r\n\r\n{i % 10}\n")));

        var reader = InputPump.Start(new RecordingStream(message, chunk: 7));
        var received = new MemoryStream();
        while (true)
        {
            var read = await reader.ReadAsync();
            foreach (var segment in read.Buffer) received.Write(segment.Span);
            reader.AdvanceTo(read.Buffer.End);
            if (read.IsCompleted) break;
        }

        Assert.Equal(message, received.ToArray());
    }

    [Fact]
    public async Task A_failing_input_ends_the_reader_with_the_error()
    {
        var reader = InputPump.Start(new RecordingStream(input: null));

        var error = await Assert.ThrowsAsync<IOException>(async () => await reader.ReadAsync());

        Assert.Contains("went away", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_is_held_until_a_flush_and_then_written_in_one_write()
    {
        var inner = new RecordingStream();
        var output = new BlockingWriteStream(inner);
        var pipe = PipeWriter.Create(output, new StreamPipeWriterOptions(minimumBufferSize: 4096));
        var big = Enumerable.Range(0, 300_000).Select(i => (byte)('a' + i % 26)).ToArray();

        pipe.Write(Encoding.ASCII.GetBytes("Content-Length: 300000\r\n\r\n"));
        pipe.Write(big);
        Assert.Empty(inner.Writes);
        await pipe.FlushAsync();

        var write = Assert.Single(inner.Writes);
        Assert.Equal("Content-Length: 300000\r\n\r\n"u8.ToArray().Concat(big), write);

        await output.WriteAsync("next"u8.ToArray());
        await output.FlushAsync();
        Assert.Equal(2, inner.Writes.Count);
        Assert.Equal("next"u8.ToArray(), inner.Writes[1]);
    }

    [Fact]
    public async Task A_message_larger_than_the_largest_write_goes_out_in_full_writes_and_nothing_is_lost()
    {
        var inner = new RecordingStream();
        var output = new BlockingWriteStream(inner);
        var pipe = PipeWriter.Create(output, new StreamPipeWriterOptions(minimumBufferSize: 4096));
        var size = BlockingWriteStream.MaxWriteBytes * 2 + 12_345;
        var big = Enumerable.Range(0, size).Select(i => (byte)('a' + i % 26)).ToArray();

        // In pieces of odd sizes, as a JSON writer hands them over.
        for (var at = 0; at < size; at += 70_001) pipe.Write(big.AsSpan(at, Math.Min(70_001, size - at)));
        await pipe.FlushAsync();

        Assert.Equal(3, inner.Writes.Count);
        Assert.All(inner.Writes.Take(2), w => Assert.Equal(BlockingWriteStream.MaxWriteBytes, w.Length));
        Assert.Equal(big, inner.Writes.SelectMany(w => w).ToArray());

        // The buffer is not grown past the largest write, and a small message after it is still one write.
        await output.WriteAsync("next"u8.ToArray());
        await output.FlushAsync();
        Assert.Equal("next"u8.ToArray(), inner.Writes[^1]);
        Assert.Equal(4, inner.Writes.Count);
    }

    [Fact]
    public void Disposing_the_output_writes_what_is_left_and_closes_the_stream_under_it()
    {
        var inner = new RecordingStream();
        var output = new BlockingWriteStream(inner);

        output.Write("tail"u8);
        output.Dispose();

        Assert.Equal("tail"u8.ToArray(), Assert.Single(inner.Writes));
        Assert.True(inner.Disposed);
    }
}
