namespace Berth.LanguageServer.Server;

/// <summary>
/// The server's output (stdout): what is written until a flush goes out in one write, on the calling thread.
/// Why: a console or pipe stream implements WriteAsync by queueing a blocking write to the thread pool, so a message
/// of a megabyte was several hand-offs between threads, each a wait for a free core on a small machine; and each of
/// its sixteen 64 KB writes woke the editor's reader, which then competed with the next write for the pipe
/// (measured at 10,000 lines: 1-7 ms from the first byte of a publish to its last). The message handler flushes
/// after every message, so a message is one write. A write to the editor's pipe only blocks while the editor is not
/// reading, and the message handler writes one message at a time anyway.
/// A message larger than <see cref="MaxWriteBytes"/> (the 5 MB publish of a 50,000-line file) goes out in writes of
/// about that size instead: stdout's pipe holds a megabyte (StdoutPipe), so a bigger write is taken a megabyte at a
/// time anyway, while a buffer of the whole message was 8 MB kept for the session and 16 MB allocated growing it.
/// </summary>
public sealed class BlockingWriteStream(Stream inner) : Stream
{
    /// <summary>The most held before it is written: a message up to this size is one write.</summary>
    public const int MaxWriteBytes = 1024 * 1024;

    // Starts small (most messages are small) and grows up to MaxWriteBytes, where it stays: a 10,000-line file's
    // publish of about a megabyte after every keystroke does not grow a buffer from 64 KB again each time.
    private byte[] _pending = new byte[64 * 1024];
    private int _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (_length + buffer.Length > _pending.Length && _pending.Length < MaxWriteBytes)
        {
            var grown = new byte[Math.Min(_pending.Length * 2, MaxWriteBytes)];
            _pending.AsSpan(0, _length).CopyTo(grown);
            _pending = grown;
        }
        while (_length + buffer.Length > _pending.Length)
        {
            // Full: this part of a large message goes out now, and the rest follows.
            var part = _pending.Length - _length;
            buffer[..part].CopyTo(_pending.AsSpan(_length));
            inner.Write(_pending, 0, _pending.Length);
            _length = 0;
            buffer = buffer[part..];
        }
        buffer.CopyTo(_pending.AsSpan(_length));
        _length += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
        if (_length > 0)
        {
            var length = _length;
            _length = 0;
            inner.Write(_pending, 0, length);
        }
        inner.Flush();
    }

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Flush();
        return Task.CompletedTask;
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            try
            {
                Flush();
            }
            catch (IOException)
            {
                // The editor closed its end first; there is no one left to read the rest.
            }
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
