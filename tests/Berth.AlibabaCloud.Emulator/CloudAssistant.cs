using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Berth.AlibabaCloud.Emulator;

/// <summary>
/// Cloud Assistant: RunCommand really runs the script with <c>sh</c> on this machine (one process per
/// target instance, with BERTH_EMULATED_INSTANCE_ID set), so a deploy script meets a real Docker engine.
/// </summary>
public sealed class CloudAssistant : IDisposable
{
    private readonly ConcurrentDictionary<string, Invocation> _invocations = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _clientTokens = new(StringComparer.Ordinal);
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("berth-emulator-").FullName;
    private int _counter;

    /// <summary>Environment variables added to every script's process (for example DOCKER_HOST).</summary>
    public ConcurrentDictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    /// <summary>Every script RunCommand received, decoded, in order.</summary>
    public ConcurrentQueue<string> ReceivedScripts { get; } = new();

    public JsonObject RunCommand(EmulatedRequest request, Func<string, EmulatedInstance> requireRunnable)
    {
        request.Required("RegionId");
        if (request.Required("Type") != "RunShellScript")
        {
            throw ServiceError.Invalid("CommandType", "Only RunShellScript is emulated.");
        }
        var content = request.Required("CommandContent");
        if (string.Equals(request.Parameter("ContentEncoding"), "Base64", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                content = Encoding.UTF8.GetString(Convert.FromBase64String(content));
            }
            catch (FormatException)
            {
                throw ServiceError.Invalid("CommandContent", "CommandContent is not valid Base64.");
            }
        }
        var instanceIds = request.List("InstanceId");
        if (instanceIds.Count is 0 or > 100)
        {
            throw ServiceError.Invalid("InstanceId", "Between 1 and 100 InstanceId.N values are required.");
        }
        // One bad instance fails the whole call, as in the service.
        var instances = instanceIds.Select(requireRunnable).ToList();

        var clientToken = request.Parameter("ClientToken");
        if (clientToken is not null && _clientTokens.TryGetValue(clientToken, out var existing))
        {
            return Answer(_invocations[existing]);
        }

        var timeout = TimeSpan.FromSeconds(int.Parse(request.Parameter("Timeout") ?? "60", CultureInfo.InvariantCulture));
        var number = Interlocked.Increment(ref _counter);
        var invocation = new Invocation($"t-emu{number:D6}", $"c-emu{number:D6}");
        _invocations[invocation.InvokeId] = invocation;
        if (clientToken is not null)
        {
            _clientTokens[clientToken] = invocation.InvokeId;
        }
        ReceivedScripts.Enqueue(content);
        var scriptPath = Path.Combine(_workDirectory, invocation.InvokeId + ".sh");
        File.WriteAllText(scriptPath, content);
        foreach (var instance in instances)
        {
            invocation.Results[instance.InstanceId] = InstanceRun.Start(instance.InstanceId, scriptPath, _workDirectory, timeout, Environment);
        }
        return Answer(invocation);
    }

    public JsonObject DescribeInvocationResults(EmulatedRequest request)
    {
        request.Required("RegionId");
        var invokeId = request.Required("InvokeId");
        if (!_invocations.TryGetValue(invokeId, out var invocation))
        {
            throw new ServiceError(404, "InvalidInvokeId.NotFound", $"The invocation {invokeId} does not exist.");
        }
        var plainText = string.Equals(request.Parameter("ContentEncoding"), "PlainText", StringComparison.OrdinalIgnoreCase);
        var pageSize = Math.Clamp(int.Parse(request.Parameter("MaxResults") ?? "10", CultureInfo.InvariantCulture), 1, 50);
        var start = int.Parse(request.Parameter("NextToken") is { Length: > 0 } t ? t : "0", CultureInfo.InvariantCulture);
        var all = invocation.Results.Values.OrderBy(r => r.InstanceId, StringComparer.Ordinal).ToList();
        var page = all.Skip(start).Take(pageSize).ToList();

        var results = new JsonArray();
        foreach (var run in page)
        {
            var snapshot = run.Snapshot();
            results.Add(new JsonObject
            {
                ["InstanceId"] = run.InstanceId,
                ["InvokeId"] = invocation.InvokeId,
                ["CommandId"] = invocation.CommandId,
                ["InvocationStatus"] = snapshot.Status,
                ["InvokeRecordStatus"] = snapshot.Status is "Running" or "Pending" ? "Running" : "Finished",
                ["ExitCode"] = snapshot.ExitCode,
                ["Output"] = plainText ? snapshot.Output : Convert.ToBase64String(Encoding.UTF8.GetBytes(snapshot.Output)),
                ["Dropped"] = 0,
                ["ErrorCode"] = snapshot.ErrorCode,
                ["ErrorInfo"] = snapshot.ErrorCode,
            });
        }
        return new JsonObject
        {
            ["Invocation"] = new JsonObject
            {
                ["InvocationResults"] = new JsonObject { ["InvocationResult"] = results },
                ["NextToken"] = start + page.Count < all.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : "",
                ["TotalCount"] = all.Count,
            },
        };
    }

    public JsonObject StopInvocation(EmulatedRequest request)
    {
        request.Required("RegionId");
        var invokeId = request.Required("InvokeId");
        if (!_invocations.TryGetValue(invokeId, out var invocation))
        {
            throw new ServiceError(404, "InvalidInvokeId.NotFound", $"The invocation {invokeId} does not exist.");
        }
        var targets = request.List("InstanceId");
        foreach (var run in invocation.Results.Values.Where(r => targets.Count == 0 || targets.Contains(r.InstanceId)))
        {
            run.Stop();
        }
        return [];
    }

    public void Dispose()
    {
        foreach (var run in _invocations.Values.SelectMany(i => i.Results.Values))
        {
            run.Stop();
            run.Dispose();
        }
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A script may still hold a file open for a moment; the temp folder is cleaned by the OS.
        }
    }

    private static JsonObject Answer(Invocation invocation) => new()
    {
        ["CommandId"] = invocation.CommandId,
        ["InvokeId"] = invocation.InvokeId,
    };

    private sealed record Invocation(string InvokeId, string CommandId)
    {
        public ConcurrentDictionary<string, InstanceRun> Results { get; } = new(StringComparer.Ordinal);
    }

    private sealed record RunSnapshot(string Status, long ExitCode, string Output, string ErrorCode);

    /// <summary>One script process for one instance.</summary>
    private sealed class InstanceRun : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly Lock _gate = new();
        private readonly CancellationTokenSource _timeout;
        private string? _finalStatus;

        private InstanceRun(string instanceId, Process process, TimeSpan timeout)
        {
            InstanceId = instanceId;
            _process = process;
            _timeout = new CancellationTokenSource(timeout);
            _timeout.Token.Register(() => Finish("Timeout"));
        }

        public string InstanceId { get; }

        public static InstanceRun Start(string instanceId, string scriptPath, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment)
        {
            var info = new ProcessStartInfo("sh")
            {
                ArgumentList = { scriptPath },
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var variable in environment)
            {
                info.Environment[variable.Key] = variable.Value;
            }
            info.Environment["BERTH_EMULATED_INSTANCE_ID"] = instanceId;
            var process = new Process { StartInfo = info, EnableRaisingEvents = true };
            var run = new InstanceRun(instanceId, process, timeout);
            process.OutputDataReceived += (_, e) => run.Append(e.Data);
            process.ErrorDataReceived += (_, e) => run.Append(e.Data);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return run;
        }

        public RunSnapshot Snapshot()
        {
            lock (_gate)
            {
                if (_finalStatus is not null)
                {
                    var exit = _process.HasExited ? _process.ExitCode : -1;
                    var code = _finalStatus switch { "Timeout" => "ExecutionTimeout", "Terminated" => "ExecutionInterrupted", _ => "" };
                    return new RunSnapshot(_finalStatus, exit, _output.ToString(), code);
                }
                if (!_process.HasExited)
                {
                    return new RunSnapshot("Running", 0, _output.ToString(), "");
                }
            }
            // Wait for the output pumps to drain before reporting the final state.
            _process.WaitForExit();
            lock (_gate)
            {
                var exitCode = _process.ExitCode;
                return new RunSnapshot(exitCode == 0 ? "Success" : "Failed", exitCode, _output.ToString(), exitCode == 0 ? "" : "ExitCodeNonzero");
            }
        }

        public void Stop() => Finish("Terminated");

        public void Dispose()
        {
            _timeout.Dispose();
            _process.Dispose();
        }

        private void Finish(string status)
        {
            lock (_gate)
            {
                if (_finalStatus is not null || _process.HasExited)
                {
                    return;
                }
                _finalStatus = status;
            }
            try
            {
                _process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill: nothing left to stop.
            }
        }

        private void Append(string? line)
        {
            if (line is null)
            {
                return;
            }
            lock (_gate)
            {
                _output.Append(line).Append('\n');
            }
        }
    }
}
