using System.Globalization;
using System.Text;

namespace Berth.Benchmarks.Lsp;

/// <summary>
/// The LSP base protocol's framing: each message is "Content-Length: N\r\n" (other headers optional),
/// an empty line, then N bytes of UTF-8 JSON. N counts bytes, not characters.
/// </summary>
public static class LspFraming
{
    public static byte[] Encode(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var body = Encoding.UTF8.GetBytes(json);
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        var message = new byte[header.Length + body.Length];
        header.CopyTo(message, 0);
        body.CopyTo(message, header.Length);
        return message;
    }
}

/// <summary>
/// Reads framed messages from a stream (a server's stdout). Buffered, so it copes with messages split
/// across reads or several messages in one read. Returns null at a clean end of stream; a broken header
/// or a stream cut inside a message is an <see cref="InvalidDataException"/> saying what was wrong.
/// Blocking: it is read on a thread of its own (<see cref="LspServerProcess"/>), so that a message is taken off
/// the pipe the moment it arrives, not when a thread-pool thread is free to finish an asynchronous read.
/// </summary>
public sealed class LspMessageReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;

    /// <summary>
    /// The next message's JSON as the UTF-8 bytes it came in, or null at a clean end of the stream. The benchmark
    /// stamps a message's arrival when its last byte is read, before it spends any time of its own on it (a 50,000-line
    /// answer is megabytes to decode and parse).
    /// </summary>
    public byte[]? ReadUtf8()
    {
        int? contentLength = null;
        var sawAnyHeader = false;
        while (true)
        {
            var line = ReadHeaderLine();
            if (line is null)
            {
                if (!sawAnyHeader) return null;
                throw new InvalidDataException("The stream ended inside a message header.");
            }
            if (line.Length == 0)
            {
                if (!sawAnyHeader) continue; // stray blank line between messages
                break;
            }
            sawAnyHeader = true;
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw new InvalidDataException($"\"{line}\" is not an LSP header (expected \"Name: value\").");
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var length))
                    throw new InvalidDataException($"The Content-Length \"{value}\" is not a number of bytes.");
                contentLength = length;
            }
        }
        if (contentLength is null) throw new InvalidDataException("A message header has no Content-Length.");
        var body = new byte[contentLength.Value];
        var filled = Math.Min(_end - _start, body.Length);
        Array.Copy(_buffer, _start, body, 0, filled);
        _start += filled;
        // The rest straight into the body, as much as the pipe holds per read, rather than 64 KB at a time through the buffer.
        while (filled < body.Length)
        {
            var read = stream.Read(body.AsSpan(filled));
            if (read == 0) throw new InvalidDataException($"The stream ended after {filled} of {body.Length} bytes of a message.");
            filled += read;
        }
        return body;
    }

    private string? ReadHeaderLine()
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_start == _end && !Fill())
                return line.Length == 0 ? null : throw new InvalidDataException("The stream ended inside a message header.");
            var b = _buffer[_start++];
            if (b == (byte)'\n')
            {
                if (line.Length > 0 && line[^1] == '\r') line.Length--;
                return line.ToString();
            }
            if (line.Length > 8 * 1024) throw new InvalidDataException("A header line is longer than 8 KB: the stream is not LSP.");
            line.Append((char)b);
        }
    }

    private bool Fill()
    {
        _start = 0;
        _end = stream.Read(_buffer);
        return _end > 0;
    }
}
