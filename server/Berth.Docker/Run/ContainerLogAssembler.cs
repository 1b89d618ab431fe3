using System.Text;
using Docker.DotNet;

namespace Berth.Docker.Run;

/// <summary>
/// Turns the engine's multiplexed log frames into lines, one stream (stdout, stderr) at a time, and counts the
/// bytes it has taken from each stream. The count lets a second read of the same log (see
/// <see cref="StartReplay"/>) deliver only what the first read missed, so every byte becomes part of a line
/// exactly once.
/// </summary>
public sealed class ContainerLogAssembler(IProgress<ContainerLogLine> lines)
{
    private readonly Dictionary<MultiplexedStream.TargetStream, StreamState> _streams = [];

    /// <summary>Takes <paramref name="count"/> bytes the engine sent for <paramref name="target"/>.</summary>
    public void Add(MultiplexedStream.TargetStream target, byte[] buffer, int count)
    {
        if (!_streams.TryGetValue(target, out var state)) _streams[target] = state = new StreamState();
        var offset = 0;
        if (state.ToSkip > 0)
        {
            // Replaying: these bytes were delivered by the earlier read already.
            var skipped = (int)Math.Min(state.ToSkip, count);
            state.ToSkip -= skipped;
            offset = skipped;
        }
        if (offset == count) return;
        state.Delivered += count - offset;
        // One decoder per stream, so a character split across two frames (or two reads) is still decoded whole.
        var chars = new char[Encoding.UTF8.GetMaxCharCount(count - offset)];
        var decoded = state.Decoder.GetChars(buffer, offset, count - offset, chars, 0);
        state.Text.Append(chars, 0, decoded);
        Report(state.Text, target, final: false);
    }

    /// <summary>
    /// The log will be read again from its start: the bytes each stream has delivered so far are skipped, and the
    /// unfinished last line keeps waiting for the rest of it.
    /// </summary>
    public void StartReplay()
    {
        foreach (var state in _streams.Values) state.ToSkip = state.Delivered;
    }

    /// <summary>The log has ended: an unfinished last line (no trailing newline) is reported as it is.</summary>
    public void Finish()
    {
        foreach (var (target, state) in _streams)
        {
            var chars = new char[4];
            var decoded = state.Decoder.GetChars([], 0, 0, chars, 0, flush: true);
            state.Text.Append(chars, 0, decoded);
            Report(state.Text, target, final: true);
        }
    }

    // Reports the complete lines held in text and keeps the unfinished tail (all of it when the log ended).
    private void Report(StringBuilder text, MultiplexedStream.TargetStream target, bool final)
    {
        var content = text.ToString();
        var end = final ? content.Length : content.LastIndexOf('\n');
        if (end < 0 || (final && content.Length == 0)) return;
        text.Clear();
        if (!final) text.Append(content, end + 1, content.Length - end - 1);
        var isError = target == MultiplexedStream.TargetStream.StandardError;
        foreach (var line in content[..end].Split('\n')) lines.Report(new ContainerLogLine(line.TrimEnd('\r'), isError));
    }

    private sealed class StreamState
    {
        public StringBuilder Text { get; } = new();

        public Decoder Decoder { get; } = Encoding.UTF8.GetDecoder();

        /// <summary>Bytes of this stream turned into text so far.</summary>
        public long Delivered { get; set; }

        /// <summary>Bytes still to pass over while a replayed read catches up with <see cref="Delivered"/>.</summary>
        public long ToSkip { get; set; }
    }
}
