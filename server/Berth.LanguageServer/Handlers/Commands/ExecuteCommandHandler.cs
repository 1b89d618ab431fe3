using System.Collections.Concurrent;
using Berth.Docker;
using Berth.Docker.Build;
using Berth.Docker.Connection;
using Berth.Docker.Context;
using Berth.Docker.Push;
using Berth.Docker.Run;
using Berth.Dockerfile;
using Berth.LanguageServer.Diagnostics;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Berth.Manifest.Authoring;
using StreamJsonRpc;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>
/// workspace/executeCommand for berth.build, berth.run, berth.stop, berth.push and berth.init. Each takes
/// [fileUri] (a Dockerfile or berth.yaml; berth.push also [fileUri, "registry/ns/repo:tag"] to push elsewhere), reports work-done progress, logs to window/logMessage, honours
/// cancellation, and answers a short sentence, or a ResponseError with one clear sentence.
/// </summary>
public sealed class ExecuteCommandHandler(ServerSession session, ConcurrentDictionary<string, CancellationTokenSource> running)
    : RequestHandler<ExecuteCommandParams, string>
{
    public static readonly string[] Commands = ["berth.build", "berth.run", "berth.stop", "berth.push", "berth.init", .. AlibabaCloudCommands.Names];

    public override string Method => "workspace/executeCommand";

    public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        capabilities.Set("executeCommandProvider", new JObject { ["commands"] = new JArray(Commands) });
    }

    public override async Task<string> HandleAsync(ExecuteCommandParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!Commands.Contains(parameters.Command, StringComparer.Ordinal))
            throw CommandTarget.Fail(LspErrorCodes.InvalidParams, $"Berth has no command \"{parameters.Command}\"; it offers {string.Join(", ", Commands)}.");
        if (AlibabaCloudCommands.Handles(parameters.Command)) return await AlibabaCloudCommands.ExecuteAsync(session, running, parameters, cancellationToken).ConfigureAwait(false);
        var target = CommandTarget.FromArguments(parameters.Command, parameters.Arguments);
        if (parameters.Command == "berth.init") return Init(target);

        var destination = PushDestination(parameters.Arguments) ?? target.ImageReference;
        await using var progress = await CommandProgress.BeginAsync(session, running, Title(parameters.Command, target, destination), cancellationToken).ConfigureAwait(false);
        var token = progress.Token;
        try
        {
            // The berth.docker.host setting first; without it the engine is found as docker finds it (DOCKER_HOST, context).
            var settings = await session.Settings.CurrentAsync(token).ConfigureAwait(false);
            using var engine = await DockerEngine.ConnectAsync(settings.DockerHost, token).ConfigureAwait(false);
            return parameters.Command switch
            {
                "berth.build" => await BuildAsync(engine, target, progress, token).ConfigureAwait(false),
                "berth.run" => await RunAsync(engine, target, progress, token).ConfigureAwait(false),
                "berth.stop" => await StopAsync(engine, target, token).ConfigureAwait(false),
                _ => await PushAsync(engine, target, destination, progress, token).ConfigureAwait(false),
            };
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // Cancelled from the progress bar: the request itself was not cancelled, so it answers in words.
            throw CommandTarget.Fail(LspErrorCodes.RequestCancelled, $"{parameters.Command} was cancelled.");
        }
        catch (DockerOperationException e)
        {
            session.Log.Error(e.Message);
            throw CommandTarget.Fail(LspErrorCodes.RequestFailed, e.Message);
        }
    }

    private static string Title(string command, CommandTarget target, string destination) => command switch
    {
        "berth.build" => $"Building {target.ImageReference}",
        "berth.run" => $"Running {target.ImageReference}",
        "berth.stop" => $"Stopping {target.ContainerName}",
        _ => $"Pushing {destination}",
    };

    private async Task<string> BuildAsync(DockerEngine engine, CommandTarget target, CommandProgress progress, CancellationToken token)
    {
        var build = target.Manifest?.Build;
        var request = new ImageBuildRequest(BuildContextSource.Create(target.ContextFolder, target.DockerfilePath))
        {
            Tags = [target.ImageReference],
            Target = build?.Target,
            BuildArgs = build?.Args ?? new Dictionary<string, string>(),
            Labels = build?.Labels ?? new Dictionary<string, string>(),
            Platform = build?.Platform,
            NoCache = build?.NoCache ?? false,
            Pull = build?.Pull ?? false,
        };
        var uri = new Uri(target.DockerfilePath).AbsoluteUri;
        BuildResult result;
        try
        {
            result = await new ImageBuilder(engine).BuildAsync(request, new Forward<BuildProgress>(p =>
            {
                if (p.Line is { } line) session.Log.Info(line);
                progress.Report(p.Step is { } step ? $"step {step}/{p.TotalSteps}" : null, p.Percentage);
            }), token).ConfigureAwait(false);
        }
        catch (ImageBuildException e)
        {
            await PublishFailureAsync(uri, e.Failure).ConfigureAwait(false);
            throw;
        }
        session.Diagnostics.BuildFailures.Clear(uri);
        await RepublishAsync(uri).ConfigureAwait(false);
        return $"Built {target.ImageReference} ({result.ImageId}).";
    }

    private async Task PublishFailureAsync(string uri, BuildFailure failure)
    {
        var range = failure.InstructionRange is { } r ? DiagnosticConverter.ToRange(r) : new Protocol.Range(new Position(0, 0), new Position(0, 0));
        session.Diagnostics.BuildFailures.Set(uri, new Protocol.Diagnostic(range, DiagnosticSeverity.Error, "BER9001", DiagnosticConverter.Source, failure.Describe())
        {
            CodeDescription = new CodeDescription(Berth.Dockerfile.Diagnostics.RuleDescriptor.HelpUriOf("BER9001").ToString()),
        });
        await RepublishAsync(uri).ConfigureAwait(false);
    }

    /// <summary>An open Dockerfile is re-checked (the publisher merges the failure); a closed one gets the failure alone.</summary>
    private async Task RepublishAsync(string uri)
    {
        if (session.Documents.Get(uri) is { } open) session.Diagnostics.Schedule(open);
        else await session.Client.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, session.Diagnostics.BuildFailures.For(uri))).ConfigureAwait(false);
    }

    private async Task<string> RunAsync(DockerEngine engine, CommandTarget target, CommandProgress progress, CancellationToken token)
    {
        var request = ManifestRunRequest.From(target.Manifest?.Run ?? Berth.Manifest.Model.RunSpec.Default, target.ImageReference, target.ContainerName,
            Path.GetDirectoryName(target.ManifestPath ?? target.DockerfilePath)!);
        var runner = new ContainerRunner(engine);
        progress.Report($"starting {target.ContainerName}", null);
        // A container of the same name (an earlier run) is replaced only when the user says so.
        var id = await runner.RunAsync(request, (name, ct) => ReplaceConfirmation.AskAsync(session, name, ct), token).ConfigureAwait(false);
        session.Log.Info($"Started {target.ContainerName} ({id[..Math.Min(12, id.Length)]}); berth.stop stops it.");
        // Waiting from the start catches the exit code even when berth.stop removes the container meanwhile.
        var exited = runner.WaitForExitAsync(id, token);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(token);
        var health = request.HealthCommand is null ? Task.CompletedTask : ReportHealthAsync(runner, id, target.ContainerName, exited, progress, watching.Token);
        try
        {
            await runner.StreamLogsAsync(id, new Forward<ContainerLogLine>(l => session.Log.Log(l.IsError ? MessageType.Warning : MessageType.Info, l.Text)), token).ConfigureAwait(false);
            var exit = await exited.ConfigureAwait(false);
            return $"{target.ContainerName} exited with code {exit}.";
        }
        finally
        {
            // No health report may follow the progress bar's end.
            await watching.CancelAsync().ConfigureAwait(false);
            await health.ConfigureAwait(false);
        }
    }

    private async Task ReportHealthAsync(ContainerRunner runner, string id, string name, Task exited, CommandProgress progress, CancellationToken token)
    {
        try
        {
            var healthy = await runner.WaitForHealthAsync(id, token).ConfigureAwait(false);
            // An exited container is reported by its exit code, not as unhealthy.
            if (healthy is null || (healthy == false && exited.IsCompleted)) return;
            var message = healthy.Value ? $"{name} is healthy." : $"{name} is unhealthy (its healthcheck fails); see its logs.";
            if (healthy.Value) session.Log.Info(message);
            else session.Log.Warning(message);
            progress.Report(message, null);
        }
        catch (Exception e) when (e is OperationCanceledException or global::Docker.DotNet.DockerApiException)
        {
            // The run ended (stopped, cancelled or removed) before the healthcheck had its say.
        }
    }

    private async Task<string> StopAsync(DockerEngine engine, CommandTarget target, CancellationToken token) =>
        await new ContainerRunner(engine).StopAsync(target.ContainerName, token).ConfigureAwait(false)
            ? $"Stopped and removed {target.ContainerName}."
            : throw CommandTarget.Fail(LspErrorCodes.RequestFailed, $"There is no container named {target.ContainerName}; run it first with berth.run.");

    /// <summary>berth.push takes [fileUri, destination?]: the registry reference to push to, else the image's own name.</summary>
    private static string? PushDestination(Newtonsoft.Json.Linq.JArray? arguments) =>
        arguments is { Count: > 1 } && arguments[1].Type == Newtonsoft.Json.Linq.JTokenType.String && (string?)arguments[1] is { Length: > 0 } destination ? destination : null;

    private async Task<string> PushAsync(DockerEngine engine, CommandTarget target, string destination, CommandProgress progress, CancellationToken token)
    {
        var reference = ImageReference.Parse(destination);
        var credentials = await new RegistryCredentialStore(DockerEnvironment.Current).FindAsync(reference.Registry, token).ConfigureAwait(false);
        var result = await new ImagePusher(engine).PushAsync(target.ImageReference, reference, credentials, new Forward<PushProgress>(p =>
        {
            session.Log.Debug($"{p.Percentage,3}% {p.Message}");
            progress.Report(p.Message, p.Percentage);
        }), token).ConfigureAwait(false);
        return $"Pushed {result.Reference}@{result.Digest}.";
    }

    private static string Init(CommandTarget target)
    {
        if (target.ManifestPath is not null)
            throw CommandTarget.Fail(LspErrorCodes.RequestFailed, $"{target.ManifestPath} already exists; edit it instead.");
        var folder = target.Folder;
        var text = File.ReadAllText(target.DockerfilePath);
        var manifest = ManifestTemplate.Write(DockerfileDocument.Parse(text), new DirectoryInfo(folder).Name, Path.GetFileName(target.DockerfilePath));
        var path = Path.Combine(folder, "berth.yaml");
        File.WriteAllText(path, manifest);
        return $"Wrote {path}.";
    }

    /// <summary>Runs the callback on the reporting thread (IProgress without a synchronization context hop).</summary>
    private sealed class Forward<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
