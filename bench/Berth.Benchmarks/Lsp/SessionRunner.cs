using System.Diagnostics;
using System.Text.Json.Nodes;
using Berth.Benchmarks.Measurement;

namespace Berth.Benchmarks.Lsp;

/// <summary>
/// Replays one editor session against a freshly started server: initialize, open the document, type a few
/// characters in the middle (timing each keystroke until its diagnostics arrive), then completion, hover,
/// documentSymbol, formatting, foldingRange and semanticTokens/full. A method the server doesn't advertise,
/// or answers with MethodNotFound, is "n/a"; a step over the time limit ends the session (the server is
/// still busy with it, so anything after would measure the queue, not the step).
/// </summary>
public static class SessionRunner
{
    private const string Uri = "file:///bench/workspace/Dockerfile";

    public static async Task<SessionResult> RunAsync(ServerCommand command, string text, SessionOptions options)
    {
        var result = new SessionResult();
        var plan = SessionPlan.For(text);
        await using var server = LspServerProcess.Start(command);
        try
        {
            await RunStepsAsync(server, text, plan, options, result).ConfigureAwait(false);
        }
        finally
        {
            // Read the high-water mark last, while the process still exists, so it covers the whole session.
            result.PeakMemoryBytes = PeakMemory.Read(server.ProcessId) is { } bytes ? Outcome.Of(bytes) : Outcome.NotReached;
        }
        await ShutDownAsync(server).ConfigureAwait(false);
        return result;
    }

    private static async Task RunStepsAsync(LspServerProcess server, string text, SessionPlan plan, SessionOptions options, SessionResult result)
    {
        var timeoutMs = options.StepTimeout.TotalMilliseconds;

        // initialize: from process start to the answer, which is what an editor waits for at start-up.
        var init = await TimedAsync(server.RequestAsync("initialize", InitializeParams()), options.StepTimeout).ConfigureAwait(false);
        if (init is null)
        {
            result.Record(SessionStep.Initialize, Outcome.TimedOutAfter(timeoutMs));
            return;
        }
        if (init.Value.Response.IsError)
        {
            result.Record(SessionStep.Initialize, Outcome.FailedWith($"initialize failed: {init.Value.Response.ErrorMessage}"));
            return;
        }
        result.Record(SessionStep.Initialize, Outcome.Of(Elapsed(server.StartTimestamp, init.Value.Response.ReceivedTimestamp)));
        var capabilities = init.Value.Response.Result?["capabilities"] as JsonObject ?? [];
        await server.NotifyAsync("initialized", new JsonObject()).ConfigureAwait(false);

        // didOpen -> first diagnostics.
        var version = 1;
        server.DiscardReceivedDiagnostics();
        var openSent = Stopwatch.GetTimestamp();
        await server.NotifyAsync("textDocument/didOpen", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["languageId"] = "dockerfile", ["version"] = version, ["text"] = text },
        }).ConfigureAwait(false);
        if (!await RecordDiagnosticsAsync(server, version, openSent, SessionStep.OpenToDiagnostics, options, result).ConfigureAwait(false)) return;

        // Keystrokes in the middle, each an incremental change, each timed until its diagnostics arrive.
        var typed = "edit";
        for (var k = 0; k < options.Keystrokes; k++)
        {
            version++;
            var at = plan.TypingAt with { Character = plan.TypingAt.Character + k };
            server.DiscardReceivedDiagnostics();
            var editSent = Stopwatch.GetTimestamp();
            await server.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject
                {
                    ["range"] = new JsonObject { ["start"] = PositionJson(at), ["end"] = PositionJson(at) },
                    ["text"] = typed[k % typed.Length].ToString(),
                }),
            }).ConfigureAwait(false);
            if (!await RecordDiagnosticsAsync(server, version, editSent, SessionStep.EditToDiagnostics, options, result).ConfigureAwait(false)) return;
        }

        var requests = new (SessionStep Step, JsonObject Params)[]
        {
            (SessionStep.Completion, PositionParams(plan.CompletionAt)),
            (SessionStep.Hover, PositionParams(plan.HoverAt)),
            (SessionStep.DocumentSymbol, DocumentParams()),
            (SessionStep.Formatting, FormattingParams()),
            (SessionStep.FoldingRange, DocumentParams()),
            (SessionStep.SemanticTokens, DocumentParams()),
        };
        foreach (var (step, parameters) in requests)
        {
            if (!IsAdvertised(capabilities, step))
            {
                result.Record(step, Outcome.Unsupported);
                continue;
            }
            var answer = await TimedAsync(server.RequestAsync(step.Method!, parameters), options.StepTimeout).ConfigureAwait(false);
            if (answer is null)
            {
                result.Record(step, Outcome.TimedOutAfter(timeoutMs));
                return;
            }
            var (response, sent) = answer.Value;
            result.Record(step, response.ErrorCode switch
            {
                null => Outcome.Of(Elapsed(sent, response.ReceivedTimestamp)),
                LspResponse.MethodNotFound => Outcome.Unsupported,
                _ => Outcome.FailedWith($"{step.Method} answered error {response.ErrorCode}: {response.ErrorMessage}"),
            });
        }
    }

    private static async Task<bool> RecordDiagnosticsAsync(
        LspServerProcess server, int version, long sent, SessionStep step, SessionOptions options, SessionResult result)
    {
        var published = await server.WaitForDiagnosticsAsync(Uri, version, options.StepTimeout).ConfigureAwait(false);
        if (published is null)
        {
            result.Record(step, Outcome.TimedOutAfter(options.StepTimeout.TotalMilliseconds));
            return false;
        }
        result.Record(step, Outcome.Of(Elapsed(sent, published.ReceivedTimestamp)));
        return true;
    }

    /// <summary>True when the server's initialize answer offers the step's method (a present, non-false provider).</summary>
    public static bool IsAdvertised(JsonObject capabilities, SessionStep step)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        ArgumentNullException.ThrowIfNull(step);
        if (step.Capability is null) return true;
        if (!capabilities.TryGetPropertyValue(step.Capability, out var provider) || provider is null) return false;
        if (provider is JsonValue value && value.TryGetValue<bool>(out var flag)) return flag;
        if (step == SessionStep.SemanticTokens)
        {
            // semanticTokens/full needs "full": true or an object; a server offering only ranges can't answer it.
            var full = provider["full"];
            return full is JsonObject || (full is JsonValue f && f.TryGetValue<bool>(out var on) && on);
        }
        return true;
    }

    private static async Task<T?> TimedAsync<T>(Task<T> task, TimeSpan timeout) where T : struct
    {
        try
        {
            return await task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return null;
        }
    }

    private static async Task ShutDownAsync(LspServerProcess server)
    {
        if (server.HasExited) return;
        var shutdown = server.RequestAsync("shutdown", null);
        if (await Task.WhenAny(shutdown, Task.Delay(TimeSpan.FromSeconds(10))).ConfigureAwait(false) == shutdown && shutdown.IsCompletedSuccessfully)
        {
            await server.NotifyAsync("exit", null).ConfigureAwait(false);
            await server.WaitForExitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        // Whatever is still running is killed by DisposeAsync.
    }

    private static double Elapsed(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;

    private static JsonObject PositionJson(Position p) => new() { ["line"] = p.Line, ["character"] = p.Character };

    private static JsonObject DocumentParams() => new() { ["textDocument"] = new JsonObject { ["uri"] = Uri } };

    private static JsonObject PositionParams(Position p) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri },
        ["position"] = PositionJson(p),
    };

    private static JsonObject FormattingParams() => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = Uri },
        ["options"] = new JsonObject { ["tabSize"] = 4, ["insertSpaces"] = true },
    };

    /// <summary>
    /// The capabilities of a plain editor: everything this session asks for, no dynamic registration and no
    /// workspace/configuration (so neither server waits on the editor for settings).
    /// </summary>
    internal static JsonObject InitializeParams() => new()
    {
        ["processId"] = Environment.ProcessId,
        ["rootUri"] = null,
        ["clientInfo"] = new JsonObject { ["name"] = "berth-benchmark" },
        ["capabilities"] = new JsonObject
        {
            ["textDocument"] = new JsonObject
            {
                ["synchronization"] = new JsonObject { ["didSave"] = false },
                ["publishDiagnostics"] = new JsonObject { ["versionSupport"] = true },
                ["completion"] = new JsonObject
                {
                    ["completionItem"] = new JsonObject { ["snippetSupport"] = true, ["documentationFormat"] = new JsonArray("markdown", "plaintext") },
                },
                ["hover"] = new JsonObject { ["contentFormat"] = new JsonArray("markdown", "plaintext") },
                ["documentSymbol"] = new JsonObject { ["hierarchicalDocumentSymbolSupport"] = true },
                ["formatting"] = new JsonObject(),
                ["foldingRange"] = new JsonObject { ["lineFoldingOnly"] = true },
                ["semanticTokens"] = new JsonObject
                {
                    ["requests"] = new JsonObject { ["full"] = true },
                    ["tokenTypes"] = new JsonArray("keyword", "comment", "parameter", "property", "namespace", "class", "macro", "string", "variable", "operator"),
                    ["tokenModifiers"] = new JsonArray("declaration", "definition", "deprecated"),
                    ["formats"] = new JsonArray("relative"),
                },
            },
            ["workspace"] = new JsonObject { ["configuration"] = false, ["applyEdit"] = false },
        },
    };
}
