using System.IO.Pipelines;

namespace Berth.LanguageServer.Server;

/// <summary>
/// Reads the editor's messages (stdin) on a thread of its own, with blocking reads, and hands the bytes to the message
/// reader on that same thread.
/// Why: an asynchronous read of a console or pipe stream is a blocking read queued to the thread pool, whose completion
/// is queued again to wake the message reader, and so on: each keystroke's didChange passed through several thread-pool
/// hand-offs before its handler ran (measured: 0.4-1 ms of a 1,000-line keystroke, more on a busy machine). Here the
/// bytes go from read() straight into the message reader (an inline pipe), which then posts the message to the
/// handlers' queue as before.
/// </summary>
public static class InputPump
{
    private const int ReadSize = 64 * 1024;

    /// <summary>Starts the reading thread; the reader completes at the end of the input, or with the error that ended it.</summary>
    public static PipeReader Start(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // Inline: the reader's continuation (parsing the message) runs on the pumping thread when bytes arrive.
        // No pause threshold: a large didOpen is taken in whole, as a stream reader would.
        // Its own blocks: a large didOpen's do not stay pooled for the session (BoundedBlockPool).
        var pipe = new Pipe(new PipeOptions(pool: new BoundedBlockPool(ReadSize, keep: 4), readerScheduler: PipeScheduler.Inline, writerScheduler: PipeScheduler.Inline, pauseWriterThreshold: 0, useSynchronizationContext: false));
        var thread = new Thread(() => Pump(input, pipe.Writer)) { IsBackground = true, Name = "Berth input" };
        thread.Start();
        return pipe.Reader;
    }

    private static void Pump(Stream input, PipeWriter writer)
    {
        try
        {
            while (true)
            {
                var buffer = writer.GetMemory(ReadSize);
                var read = input.Read(buffer.Span);
                if (read == 0) break;
                writer.Advance(read);
                var flushed = writer.FlushAsync().AsTask().GetAwaiter().GetResult();
                if (flushed.IsCompleted) break; // the reader is done (the connection closed)
            }
            writer.Complete();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            writer.Complete(e);
        }
    }
}
