using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Infrastructure;

/// <summary>
/// Talks to the real server process (<c>dotnet berth.dll lsp --stdio</c>) over stdio, the way an editor
/// does. Reusable for every LSP-level test: requests, notifications, raw bytes, answering the server's own
/// requests, and waiting for notifications. Every wait polls with a generous timeout (the test machine is
/// loaded), never a fixed sleep.
/// </summary>
public sealed class LspTestClient : IAsyncDisposable
{
    /// <summary>How long any single wait may take before the test fails; generous for a loaded 2-core machine.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly Stream _input;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JObject>> _responses = new();
    private readonly List<JObject> _notifications = [];
    private readonly List<JObject> _serverRequests = [];
    private readonly Lock _lock = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _readLoop;
    private int _nextId;

    private LspTestClient(Process process)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _readLoop = Task.Run(ReadLoopAsync);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_stderr) _stderr.AppendLine(e.Data); };
        process.BeginErrorReadLine();
    }

    /// <summary>
    /// Answers the server's <c>workspace/configuration</c> requests with this "berth" section, or, when
    /// null, leaves them unanswered for the test to answer with <see cref="RespondAsync"/>.
    /// </summary>
    public JToken? ConfigurationAnswer { get; set; } = new JObject();

    public bool AutoAnswerConfiguration { get; set; } = true;

    public string StandardError { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Starts the server; <paramref name="environment"/> adds variables to its environment (e.g. DOCKER_HOST).</summary>
    public static LspTestClient Start(IReadOnlyDictionary<string, string>? environment = null)
    {
        var berth = Path.Combine(AppContext.BaseDirectory, "berth.dll");
        if (!File.Exists(berth)) throw new FileNotFoundException($"The server was not built next to the tests: {berth}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(berth);
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the language server process.");
        return new LspTestClient(process);
    }

    /// <summary>initialize (with the given client capabilities) then initialized; returns the initialize result.</summary>
    public async Task<JObject> InitializeAsync(JObject? capabilities = null, JToken? initializationOptions = null)
    {
        var parameters = new JObject
        {
            ["processId"] = Environment.ProcessId,
            ["rootUri"] = null,
            ["capabilities"] = capabilities ?? new JObject(),
        };
        if (initializationOptions is not null) parameters["initializationOptions"] = initializationOptions;
        var response = await RequestAsync("initialize", parameters);
        var result = (JObject)(response["result"] ?? throw new InvalidOperationException($"initialize failed: {response}"));
        await NotifyAsync("initialized", new JObject());
        return result;
    }

    /// <summary>Sends a request and waits for its response (the whole message: result or error).</summary>
    public async Task<JObject> RequestAsync(string method, JToken? parameters)
    {
        var (id, response) = await SendRequestAsync(method, parameters);
        return await WaitAsync(response, $"the response to {method} (id {id})");
    }

    /// <summary>Sends a request without waiting; returns its id and the task of its response.</summary>
    public async Task<(int Id, Task<JObject> Response)> SendRequestAsync(string method, JToken? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = _responses.GetOrAdd(IdKey(id), _ => new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously));
        var message = new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = parameters;
        await SendAsync(message);
        return (id, response.Task);
    }

    public Task NotifyAsync(string method, JToken? parameters)
    {
        var message = new JObject { ["jsonrpc"] = "2.0", ["method"] = method };
        if (parameters is not null) message["params"] = parameters;
        return SendAsync(message);
    }

    public Task CancelAsync(int id) => NotifyAsync("$/cancelRequest", new JObject { ["id"] = id });

    /// <summary>Answers a request the server sent us.</summary>
    public Task RespondAsync(JToken id, JToken? result) =>
        SendAsync(new JObject { ["jsonrpc"] = "2.0", ["id"] = id, ["result"] = result ?? JValue.CreateNull() });

    public Task SendAsync(JObject message) => SendRawAsync(Frame(Encoding.UTF8.GetBytes(message.ToString(Formatting.None))));

    /// <summary>Frames a body with a correct Content-Length header.</summary>
    public static byte[] Frame(byte[] body) => [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];

    /// <summary>Writes bytes exactly as given: for malformed headers and bodies.</summary>
    public async Task SendRawAsync(byte[] bytes)
    {
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(bytes);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    // ---- documents ----

    public Task OpenAsync(string uri, string text, int version = 1, string languageId = "dockerfile") =>
        NotifyAsync("textDocument/didOpen", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri, ["languageId"] = languageId, ["version"] = version, ["text"] = text },
        });

    /// <summary>Replaces a range (0-based line/UTF-16 character) with text.</summary>
    public Task ChangeAsync(string uri, int version, int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        NotifyAsync("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JArray(new JObject
            {
                ["range"] = Range(startLine, startCharacter, endLine, endCharacter),
                ["text"] = text,
            }),
        });

    public Task ReplaceAllAsync(string uri, int version, string text) =>
        NotifyAsync("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri, ["version"] = version },
            ["contentChanges"] = new JArray(new JObject { ["text"] = text }),
        });

    public Task CloseAsync(string uri) =>
        NotifyAsync("textDocument/didClose", new JObject { ["textDocument"] = new JObject { ["uri"] = uri } });

    public static JObject Range(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    // ---- waiting for what the server sends ----

    /// <summary>Waits for a notification of <paramref name="method"/> matching <paramref name="match"/>, seen at any time since start.</summary>
    public async Task<JObject> WaitForNotificationAsync(string method, Func<JObject, bool>? match = null)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            lock (_lock)
            {
                var found = _notifications.LastOrDefault(n => (string?)n["method"] == method && (match?.Invoke((JObject)n["params"]!) ?? true));
                if (found is not null) return (JObject)found["params"]!;
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"No {method} notification matched within {Timeout.TotalSeconds} s. Server stderr: {StandardError}");
            if (_readLoop.IsCompleted) throw new InvalidOperationException($"The server closed its output while we waited for {method}. Server stderr: {StandardError}");
            await Task.Delay(20);
        }
    }

    /// <summary>The diagnostics published for <paramref name="uri"/> at exactly <paramref name="version"/>.</summary>
    public async Task<JArray> WaitForDiagnosticsAsync(string uri, int? version)
    {
        var published = await WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == uri && (version is null ? p["version"] is null || p["version"]!.Type == JTokenType.Null : (int?)p["version"] == version));
        return (JArray)published["diagnostics"]!;
    }

    /// <summary>Every notification of <paramref name="method"/> received so far.</summary>
    public IReadOnlyList<JObject> Notifications(string method)
    {
        lock (_lock) return _notifications.Where(n => (string?)n["method"] == method).Select(n => (JObject)n["params"]!).ToList();
    }

    /// <summary>Waits for a request the server sent us (e.g. workspace/configuration) that has not been answered automatically.</summary>
    public async Task<JObject> WaitForServerRequestAsync(string method)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            lock (_lock)
            {
                var found = _serverRequests.FirstOrDefault(r => (string?)r["method"] == method);
                if (found is not null)
                {
                    _serverRequests.Remove(found);
                    return found;
                }
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The server sent no {method} request within {Timeout.TotalSeconds} s.");
            await Task.Delay(20);
        }
    }

    /// <summary>shutdown, then exit; returns the process exit code.</summary>
    public async Task<int> ShutdownAndExitAsync()
    {
        var response = await RequestAsync("shutdown", null);
        if (response["error"] is not null) throw new InvalidOperationException($"shutdown failed: {response}");
        await NotifyAsync("exit", null);
        return await WaitForExitAsync();
    }

    public async Task<int> WaitForExitAsync()
    {
        using var timeout = new CancellationTokenSource(Timeout);
        await _process.WaitForExitAsync(timeout.Token);
        return _process.ExitCode;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Closes the server's stdin, as an editor that crashed would.</summary>
    public void CloseInput() => _input.Close();

    /// <summary>Waits for the response with the given string id (for raw messages sent with <see cref="SendRawAsync"/>).</summary>
    public Task<JObject> WaitForResponseAsync(string id) =>
        WaitAsync(_responses.GetOrAdd("s:" + id, _ => new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously)).Task, $"the response to id {id}");

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
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private static string IdKey(JToken id) => id.Type == JTokenType.String ? "s:" + (string)id! : "n:" + id.ToString(Formatting.None);

    private static string IdKey(int id) => "n:" + id;

    private async Task ReadLoopAsync()
    {
        var output = _process.StandardOutput.BaseStream;
        while (true)
        {
            var message = await ReadMessageAsync(output);
            if (message is null) break;
            if (message["method"] is not null && message["id"] is not null)
            {
                if ((string?)message["method"] == "workspace/configuration" && AutoAnswerConfiguration)
                {
                    var items = ((JArray?)message["params"]?["items"])?.Count ?? 1;
                    await RespondAsync(message["id"]!, new JArray(Enumerable.Range(0, items).Select(_ => ConfigurationAnswer?.DeepClone() ?? JValue.CreateNull())));
                }
                else
                {
                    lock (_lock) _serverRequests.Add(message);
                }
            }
            else if (message["method"] is not null)
            {
                lock (_lock) _notifications.Add(message);
            }
            else
            {
                if (message["id"] is { Type: not JTokenType.Null } id)
                    _responses.GetOrAdd(IdKey(id), _ => new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(message);
                else
                    lock (_lock) _nullIdResponses.Add(message);
            }
        }
    }

    private readonly List<JObject> _nullIdResponses = [];

    /// <summary>Waits for the <paramref name="count"/>-th response with a null id (answers to unparseable messages).</summary>
    public async Task<JObject> WaitForNullIdResponseAsync(int count)
    {
        var deadline = DateTime.UtcNow + Timeout;
        while (true)
        {
            lock (_lock)
            {
                if (_nullIdResponses.Count >= count) return _nullIdResponses[count - 1];
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Fewer than {count} error responses with a null id arrived within {Timeout.TotalSeconds} s.");
            await Task.Delay(20);
        }
    }

    private static async Task<JObject?> ReadMessageAsync(Stream output)
    {
        var header = new StringBuilder();
        var contentLength = -1;
        while (true)
        {
            var line = await ReadLineAsync(output);
            if (line is null) return null;
            if (line.Length == 0)
            {
                if (contentLength < 0) continue;
                break;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                contentLength = int.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        var body = new byte[contentLength];
        await output.ReadExactlyAsync(body);
        return JObject.Parse(Encoding.UTF8.GetString(body));
    }

    private static async Task<string?> ReadLineAsync(Stream stream)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            var read = await stream.ReadAsync(one);
            if (read == 0) return bytes.Count == 0 ? null : Encoding.ASCII.GetString([.. bytes]);
            if (one[0] == (byte)'\n') return Encoding.ASCII.GetString([.. bytes]).TrimEnd('\r');
            bytes.Add(one[0]);
        }
    }

    private static Task<JObject> WaitAsync(Task<JObject> task, string what) =>
        task.WaitAsync(Timeout).ContinueWith(t => t.IsFaulted && t.Exception!.GetBaseException() is TimeoutException
            ? throw new TimeoutException($"No answer for {what} within {Timeout.TotalSeconds} s.")
            : t.Result, TaskScheduler.Default);
}
