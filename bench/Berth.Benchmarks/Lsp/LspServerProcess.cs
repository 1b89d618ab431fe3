using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Berth.Benchmarks.Lsp;

/// <summary>
/// A language server running as a real child process, spoken to over stdio the way an editor does. A
/// reader thread of its own takes every message off the server's stdout as soon as it arrives and stamps it, so
/// that the measured time of a request ends when its answer arrived, not when the benchmark got round to looking.
/// Messages are written on the sending thread, at once: through the thread pool (how a pipe stream writes
/// asynchronously), each hand-off between threads added 0.5-2.5 ms to a measured step on two cores, to
/// both servers alike, and a keystroke of a millisecond or two was then measured as three or four.
/// Requests the server sends (workspace/configuration, registerCapability, progress) are answered at once
/// with empty results, as a minimal editor would.
/// </summary>
public sealed class LspServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Lock _writeLock = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<LspResponse>> _pending = new();
    private readonly Channel<PublishedDiagnostics> _diagnostics = Channel.CreateUnbounded<PublishedDiagnostics>();
    private readonly StringBuilder _stderrTail = new();
    private readonly TaskCompletionSource _readerDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextId;

    private LspServerProcess(Process process, long startTimestamp)
    {
        _process = process;
        StartTimestamp = startTimestamp;
        _input = process.StandardInput.BaseStream;
        new Thread(ReadLoop) { IsBackground = true, Name = "LSP reader" }.Start();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderrTail)
            {
                _stderrTail.AppendLine(e.Data);
                if (_stderrTail.Length > 4096) _stderrTail.Remove(0, _stderrTail.Length - 4096);
            }
        };
        process.BeginErrorReadLine();
    }

    /// <summary>Stopwatch timestamp taken just before the process was started.</summary>
    public long StartTimestamp { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The end of what the server wrote to stderr: the best clue when it failed.</summary>
    public string StderrTail
    {
        get { lock (_stderrTail) return _stderrTail.ToString().Trim(); }
    }

    public static LspServerProcess Start(ServerCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var start = Stopwatch.GetTimestamp();
        Process process;
        try
        {
            process = Process.Start(command.ToStartInfo())
                ?? throw new BenchmarkException($"{command.Name} did not start ({command}).");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BenchmarkException($"{command.Name} could not be started ({command}): {e.Message}.");
        }
        return new LspServerProcess(process, start);
    }

    /// <summary>Sends a request; the task completes with the response, or faults if the server exits first.</summary>
    public async Task<(LspResponse Response, long SentTimestamp)> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var completion = new TaskCompletionSource<LspResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters };
        var sent = Stopwatch.GetTimestamp();
        Write(message);
        return (await completion.Task.ConfigureAwait(false), sent);
    }

    public Task NotifyAsync(string method, JsonNode? parameters)
    {
        Write(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });
        return Task.CompletedTask;
    }

    /// <summary>Forgets diagnostics received so far, so that the next wait sees only what comes after.</summary>
    public void DiscardReceivedDiagnostics()
    {
        while (_diagnostics.Reader.TryRead(out _)) { }
    }

    /// <summary>
    /// The next publishDiagnostics for <paramref name="uri"/> that is not older than <paramref name="version"/>
    /// (servers that don't send a version are taken at their word), or null after <paramref name="timeout"/>.
    /// </summary>
    public async Task<PublishedDiagnostics?> WaitForDiagnosticsAsync(string uri, int version, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var published = await _diagnostics.Reader.ReadAsync(cancellation.Token).ConfigureAwait(false);
                if (published.Uri == uri && (published.Version is null || published.Version >= version)) return published;
            }
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (ChannelClosedException)
        {
            throw new BenchmarkException($"The server exited while the benchmark waited for diagnostics. {StderrHint()}");
        }
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill: nothing left to stop.
            }
            await WaitForExitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        try
        {
            await _readerDone.Task.ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A server killed mid-message leaves a torn frame; the session's result is already recorded.
        }
        _process.Dispose();
    }

    private string StderrHint()
    {
        var tail = StderrTail;
        return tail.Length == 0 ? "It wrote nothing to stderr." : $"Its stderr ends with: {tail}";
    }

    private void Write(JsonObject message)
    {
        var bytes = LspFraming.Encode(message.ToJsonString());
        lock (_writeLock)
        {
            try
            {
                _input.Write(bytes);
                _input.Flush();
            }
            catch (IOException e)
            {
                throw new BenchmarkException($"Writing to the server failed ({e.Message}); it has probably exited. {StderrHint()}");
            }
        }
    }

    private void ReadLoop()
    {
        var reader = new LspMessageReader(_process.StandardOutput.BaseStream);
        try
        {
            while (reader.ReadUtf8() is { } utf8)
            {
                var received = Stopwatch.GetTimestamp();
                Dispatch(JsonNode.Parse(utf8), received);
            }
            _readerDone.TrySetResult();
        }
        catch (Exception e)
        {
            _readerDone.TrySetException(e);
        }
        finally
        {
            _diagnostics.Writer.TryComplete();
            var exited = new BenchmarkException($"The server closed its output before answering. {StderrHint()}");
            foreach (var pending in _pending.Values) pending.TrySetException(exited);
        }
    }

    private void Dispatch(JsonNode? message, long received)
    {
        if (message is not JsonObject obj) return;
        var method = obj["method"]?.GetValue<string>();
        var id = obj["id"];
        if (method is null && id is not null)
        {
            // A response to one of our requests.
            if (!_pending.TryRemove(id.GetValue<int>(), out var completion)) return;
            var error = obj["error"] as JsonObject;
            completion.TrySetResult(new LspResponse(
                obj["result"], error?["code"]?.GetValue<int>(), error?["message"]?.GetValue<string>(), received));
            return;
        }
        if (method is not null && id is not null)
        {
            // A request from the server to the editor: answer as an editor with no settings would.
            JsonNode? result = method == "workspace/configuration"
                ? new JsonArray(((obj["params"]?["items"] as JsonArray)?.Select(_ => (JsonNode?)null) ?? []).ToArray())
                : null;
            // Answered off the reader thread: a write blocks while the server is not reading, and the reader must go on.
            var answer = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id.DeepClone(), ["result"] = result };
            _ = Task.Run(() =>
            {
                try
                {
                    Write(answer);
                }
                catch (BenchmarkException)
                {
                    // The server has gone; the step waiting on it reports that.
                }
            });
            return;
        }
        if (method == "textDocument/publishDiagnostics")
        {
            var parameters = obj["params"];
            _diagnostics.Writer.TryWrite(new PublishedDiagnostics(
                parameters?["uri"]?.GetValue<string>() ?? "",
                parameters?["version"]?.GetValue<int>(),
                (parameters?["diagnostics"] as JsonArray)?.Count ?? 0,
                received));
        }
    }
}
