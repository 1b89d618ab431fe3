using System.Collections.Concurrent;
using Berth.AlibabaCloud;
using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Ecs;
using Berth.AlibabaCloud.Redaction;
using Berth.Docker;
using Berth.Docker.Connection;
using Berth.Docker.Push;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Berth.Workspace.Cloud;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>
/// workspace/executeCommand berth.pushAcr ("Push to Alibaba Cloud") and berth.deploy ("Deploy to ECS"), each taking
/// [fileUri] of a Dockerfile or berth.yaml. The work is Berth.Workspace's (the same as berth push / berth deploy);
/// this class only translates: work-done progress with percentages (per batch and per instance for a deploy),
/// logs as window/logMessage, cancellation (a deploy's Cloud Assistant invocation is stopped), and failures as
/// one clear ResponseError. Every text that leaves here went through the secret redactor.
/// Credentials: environment keys (the editor passes its stored AccessKey at start), the manifest's profile,
/// else berth.alibabaCloud.profile; the region: the manifest's, else berth.alibabaCloud.region.
/// </summary>
public static class AlibabaCloudCommands
{
    public const string PushAcr = "berth.pushAcr";
    public const string Deploy = "berth.deploy";

    public static readonly string[] Names = [PushAcr, Deploy];

    // One client for all commands: the OpenAPI client sets its own per-request timeouts. Created on first use, not
    // with this class (whose Names the initialize answer reads): System.Net.Http and its TLS stack then load only
    // when a command runs, not on the editor's start-up path.
    private static HttpClient Http => SharedHttp.Client;

    private static class SharedHttp
    {
        public static readonly HttpClient Client = new() { Timeout = Timeout.InfiniteTimeSpan };
    }

    public static bool Handles(string command) => Names.Contains(command, StringComparer.Ordinal);

    public static async Task<string> ExecuteAsync(
        ServerSession session, ConcurrentDictionary<string, CancellationTokenSource> running, ExecuteCommandParams parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(parameters);
        var redactor = SecretRedactor.Shared;
        var command = parameters.Command;
        var manifestPath = ManifestPathFor(command, parameters.Arguments);
        var loaded = Load(command, manifestPath);
        var settings = await session.Settings.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var title = command == PushAcr ? $"Pushing {loaded.Manifest.Image.Reference} to Alibaba Cloud" : $"Deploying {loaded.Manifest.Image.Reference} to ECS";

        await using var progress = await CommandProgress.BeginAsync(session, running, title, cancellationToken).ConfigureAwait(false);
        var token = progress.Token;
        var lines = new Forward<string>(line =>
        {
            var safe = redactor.Redact(line);
            session.Log.Info(safe);
            progress.Report(safe, null);
        });
        try
        {
            var cloud = await AlibabaCloudSession.ConnectAsync(loaded.Manifest, Http, new AlibabaCloudSessionOptions
            {
                FallbackProfile = settings.AlibabaCloudProfile,
                FallbackRegion = loaded.Manifest.AlibabaCloud.Region is null ? settings.AlibabaCloudRegion : null,
                Redactor = redactor,
            }, lines, token).ConfigureAwait(false);
            return command == PushAcr
                ? await PushAsync(cloud, settings.DockerHost, lines, progress, redactor, token).ConfigureAwait(false)
                : await DeployAsync(session, cloud, lines, progress, redactor, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw CommandTarget.Fail(LspErrorCodes.RequestCancelled, command == Deploy
                ? "berth.deploy was cancelled; the Cloud Assistant invocation was stopped, so instances keep what the script had done so far."
                : $"{command} was cancelled.");
        }
        catch (Exception e) when (e is CloudConfigurationException or CredentialsNotFoundException or AlibabaCloudException or DockerOperationException)
        {
            var message = redactor.Redact(e.Message);
            session.Log.Error(message);
            throw CommandTarget.Fail(LspErrorCodes.RequestFailed, message);
        }
    }

    private static async Task<string> PushAsync(
        AlibabaCloudSession cloud, string? dockerHost, IProgress<string> lines, CommandProgress progress, SecretRedactor redactor, CancellationToken token)
    {
        var host = dockerHost is { Length: > 0 } ? dockerHost : Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } fromEnvironment ? fromEnvironment : null;
        using var engine = await DockerEngine.ConnectAsync(host, token).ConfigureAwait(false);
        var result = await AcrPush.PushAsync(cloud.Deployer, cloud.Manifest, null, engine, lines, new Forward<PushProgress>(p =>
            progress.Report(redactor.Redact(p.Message), p.Percentage)), token).ConfigureAwait(false);
        var answer = $"Pushed {result.Reference}@{result.Digest}. Repository in the ACR console: {result.ConsoleUrl}";
        lines.Report(answer);
        return answer;
    }

    private static async Task<string> DeployAsync(
        ServerSession session, AlibabaCloudSession cloud, IProgress<string> lines, CommandProgress progress, SecretRedactor redactor, CancellationToken token)
    {
        var plan = await cloud.Deployer.PlanAsync(cloud.Manifest, token).ConfigureAwait(false);
        progress.Report($"{plan.Instances.Count} instance(s) in batches of {plan.Options.BatchSize}", 0);
        var result = await cloud.Deployer.ExecuteAsync(cloud.Manifest, plan, new Forward<RolloutStep>(step =>
            progress.Report(step.Message, step.Percentage)), token).ConfigureAwait(false);
        var summary = string.Join("; ", result.Instances.Select(i => $"{i.InstanceId}: {i.NowRunning}"));
        if (result.Succeeded)
        {
            var answer = redactor.Redact($"Deployed {plan.ImageReference} to {result.Instances.Count} instance(s): {summary}.");
            lines.Report(answer);
            return answer;
        }
        // The error carries each failed instance's last output lines: that is where the reason is.
        var details = result.Instances.Where(i => !i.Succeeded && i.Status != "Skipped").Select(i =>
            $"{i.InstanceId} ({i.Status}{(i.ExitCode is { } code ? $", exit {code}" : "")}): {i.NowRunning}\n"
            + string.Join("\n", i.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(15).Select(l => "  | " + l)));
        var message = redactor.Redact($"{result.FailureMessage}\n{string.Join("\n", details)}");
        session.Log.Error(message);
        throw CommandTarget.Fail(LspErrorCodes.RequestFailed, message);
    }

    /// <summary>The berth.yaml the command works from: the picked manifest, or the one next to the picked Dockerfile.</summary>
    private static string ManifestPathFor(string command, JArray? arguments)
    {
        var uriText = arguments is { Count: > 0 } && arguments[0].Type == JTokenType.String ? (string?)arguments[0] : null;
        if (uriText is null || !Uri.TryCreate(uriText, UriKind.Absolute, out var uri) || !uri.IsFile)
            throw CommandTarget.Fail(LspErrorCodes.InvalidParams, $"{command} needs the file:// URI of a Dockerfile or berth.yaml as its first argument.");
        var path = uri.LocalPath;
        if (DeployManifestLoader.ManifestNames.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase)) return path;
        var folder = Path.GetDirectoryName(path)!;
        return DeployManifestLoader.Find(folder)
            ?? throw CommandTarget.Fail(LspErrorCodes.RequestFailed, command == PushAcr
                ? $"Push to Alibaba Cloud needs a berth.yaml with a registry section (provider: acr) in {folder}; create one with \"Create berth.yaml\"."
                : $"Deploy to ECS needs a berth.yaml with a deploy.ecs section in {folder}; create one with \"Create berth.yaml\".");
    }

    private static LoadedManifest Load(string command, string manifestPath)
    {
        try
        {
            return DeployManifestLoader.Load(manifestPath, Path.GetDirectoryName(manifestPath)!, null, Environment.GetEnvironmentVariable);
        }
        catch (ManifestLoadException e)
        {
            var message = e.Problems.Count == 0
                ? char.ToUpperInvariant(e.Message[0]) + e.Message[1..]
                : $"{Path.GetFileName(manifestPath)} has errors: {string.Join("; ", e.Problems.Take(5).Select(p => p.TrimEnd('.')))}. Fix them (see the Problems panel) and run {command} again.";
            throw CommandTarget.Fail(LspErrorCodes.RequestFailed, SecretRedactor.Shared.Redact(message));
        }
    }

    /// <summary>Runs the callback on the reporting thread (no synchronization-context hop), keeping the order.</summary>
    private sealed class Forward<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
