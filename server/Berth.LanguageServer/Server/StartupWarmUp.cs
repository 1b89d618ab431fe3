using System.IO.Pipelines;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Berth.LanguageServer.Server;

/// <summary>
/// Takes the first-use costs of a fresh server process off the editor's requests: a private session over in-memory
/// streams, on a background thread, replays a short editor session (initialize, open, completion, hover, symbols,
/// formatting, folding, semantic tokens, code actions, an edit) on a small embedded Dockerfile. The real session's
/// first requests then find the code compiled (generic instantiations that ReadyToRun could not precompile, and
/// tier-0 code), the serializer's contracts resolved and the rule tables built, instead of paying for them while
/// the editor waits. The private session shares nothing with the editor's but process-wide caches; it reads no
/// files (an untitled: document), runs no programs (ShellCheck off) and sends nothing to the editor. A failure is
/// reported on stderr and changes nothing else: the real session simply pays the first-use costs itself.
/// </summary>
public static class StartupWarmUp
{
    private const string Uri = "untitled:berth-warm-up/Dockerfile";

    // Multi-stage, ARG/ENV references, a continued RUN, a heredoc, COPY --from, comments and a broken instruction:
    // enough to exercise the parser, the semantic model and most rules.
    private const string Dockerfile = """
        # syntax=docker/dockerfile:1
        ARG BASE=debian:bookworm-slim
        FROM ${BASE} AS build
        ARG VERSION=1.0
        ENV APP_HOME=/opt/app PATH=/opt/app/bin:$PATH
        WORKDIR $APP_HOME
        RUN apt-get update \
            && apt-get install -y curl ca-certificates \
            && rm -rf /var/lib/apt/lists/*
        COPY <<EOF /etc/app.conf
        version=${VERSION}
        EOF
        RUN cd /tmp && curl -sSL https://example.com/app-$VERSION.tar.gz | tar xz
        FROMM nothing
        FROM build AS final
        COPY --from=build /opt/app /opt/app
        EXPOSE 8080/tcp
        USER app
        HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/ || exit 1
        ENTRYPOINT ["/opt/app/bin/app"]
        CMD ["--serve"]
        """;

    /// <summary>Starts the warm-up on the thread pool and returns at once; the task never faults.</summary>
    public static Task Start(TextWriter errorLog)
    {
        ArgumentNullException.ThrowIfNull(errorLog);
        return Task.Run(async () =>
        {
            try
            {
                await RunAsync().ConfigureAwait(false);
                StartupTrace.Mark("warm-up done");
            }
            catch (Exception e)
            {
                // Only speed is at stake: say so for whoever reads the server's stderr, and carry on.
                await errorLog.WriteLineAsync($"berth: the start-up warm-up failed ({e.GetType().Name}: {e.Message}); the first requests may be slower.").ConfigureAwait(false);
            }
        });
    }

    private static async Task RunAsync()
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var host = LanguageServerHost.RunAsync(toServer.Reader.AsStream(), toClient.Writer.AsStream(), TextWriter.Null, warmUp: false);

        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(toServer.Writer.AsStream(), toClient.Reader.AsStream(), new JsonMessageFormatter()));
        var published = new Dictionary<int, TaskCompletionSource>();
        for (var version = 1; version <= 2; version++) published[version] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.AddLocalRpcMethod("textDocument/publishDiagnostics", (JToken parameters) =>
        {
            if (parameters["version"]?.Value<int?>() is { } version && published.TryGetValue(version, out var done)) done.TrySetResult();
        });
        client.StartListening();

        await client.InvokeWithParameterObjectAsync<JToken>("initialize", new JObject
        {
            ["processId"] = null,
            ["rootUri"] = null,
            ["capabilities"] = new JObject
            {
                ["textDocument"] = new JObject { ["publishDiagnostics"] = new JObject { ["versionSupport"] = true } },
            },
            ["initializationOptions"] = new JObject { ["shellcheck"] = new JObject { ["enable"] = false } },
        }).ConfigureAwait(false);
        await client.NotifyWithParameterObjectAsync("initialized", new JObject()).ConfigureAwait(false);

        await client.NotifyWithParameterObjectAsync("textDocument/didOpen", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri, ["languageId"] = "dockerfile", ["version"] = 1, ["text"] = Dockerfile },
        }).ConfigureAwait(false);
        // The feature requests are asked while the document is being checked, and the edit is sent as soon as its
        // check is published, alongside them: the editor's own first didOpen arrives right after initialize and keeps
        // the server busy for as long (it waits for that anyway), and its first keystrokes follow right after.
        // Asked after the edit instead, the requests ran while those keystrokes were being checked and made them slower;
        // sent after the requests, the edit came too late to take the first-use costs off the first keystroke
        // (bench/RESULTS.md).
        var requests = AskEveryFeatureAsync(client);
        await published[1].Task.ConfigureAwait(false);
        await client.NotifyWithParameterObjectAsync("textDocument/didChange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri, ["version"] = 2 },
            // In the last stage, which no stage builds on: the incremental path a keystroke takes (DockerfileLintCache).
            ["contentChanges"] = new JArray(new JObject { ["range"] = Range(16, 0, 16, 0), ["text"] = "# edited\n" }),
        }).ConfigureAwait(false);
        await published[2].Task.ConfigureAwait(false);
        await requests.ConfigureAwait(false);

        await client.InvokeWithParameterObjectAsync<JToken>("shutdown").ConfigureAwait(false);
        await client.NotifyAsync("exit").ConfigureAwait(false);
        await host.ConfigureAwait(false);
    }

    private static async Task AskEveryFeatureAsync(JsonRpc client)
    {
        var document = new JObject { ["uri"] = Uri };
        await AskAsync(client, "textDocument/completion", new JObject { ["textDocument"] = document, ["position"] = Position(6, 9) }).ConfigureAwait(false);
        await AskAsync(client, "textDocument/hover", new JObject { ["textDocument"] = document, ["position"] = Position(4, 1) }).ConfigureAwait(false);
        await AskAsync(client, "textDocument/documentSymbol", new JObject { ["textDocument"] = document }).ConfigureAwait(false);
        await AskAsync(client, "textDocument/formatting", new JObject
        {
            ["textDocument"] = document,
            ["options"] = new JObject { ["tabSize"] = 4, ["insertSpaces"] = true },
        }).ConfigureAwait(false);
        await AskAsync(client, "textDocument/foldingRange", new JObject { ["textDocument"] = document }).ConfigureAwait(false);
        await AskAsync(client, "textDocument/semanticTokens/full", new JObject { ["textDocument"] = document }).ConfigureAwait(false);
        await AskAsync(client, "textDocument/codeAction", new JObject
        {
            ["textDocument"] = document,
            ["range"] = Range(14, 0, 14, 5),
            ["context"] = new JObject { ["diagnostics"] = new JArray() },
        }).ConfigureAwait(false);
    }

    private static Task AskAsync(JsonRpc client, string method, JObject parameters) =>
        client.InvokeWithParameterObjectAsync<JToken>(method, parameters);

    private static JObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    private static JObject Range(int startLine, int startCharacter, int endLine, int endCharacter) =>
        new() { ["start"] = Position(startLine, startCharacter), ["end"] = Position(endLine, endCharacter) };
}
