using System.Globalization;
using System.Text.RegularExpressions;
using Berth.Docker.Connection;
using Berth.Docker.Context;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Berth.Docker.Build;

/// <summary>
/// Builds an image on the engine from a context folder: streams the context tar, turns the engine's message
/// stream into step/log progress, stops the build on the engine when cancelled (closing the request makes the
/// engine cancel it) and maps a failed step back to its Dockerfile instruction.
/// </summary>
public sealed partial class ImageBuilder(DockerEngine engine)
{
    public async Task<BuildResult> BuildAsync(ImageBuildRequest request, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var archive = BuildContextArchive.Create(request.Source);
        var dockerfileText = await File.ReadAllTextAsync(request.Source.DockerfilePath, cancellationToken).ConfigureAwait(false);
        var parameters = new ImageBuildParameters
        {
            Dockerfile = archive.DockerfileName,
            Tags = [.. request.Tags],
            Target = request.Target,
            BuildArgs = request.BuildArgs.ToDictionary(),
            Labels = request.Labels.ToDictionary(),
            Platform = request.Platform,
            NoCache = request.NoCache,
            Pull = request.Pull ? "1" : null,
            Remove = true,
            ForceRemove = true,
        };

        var state = new BuildStreamState();
        var messages = new SynchronousProgress<JSONMessage>(message => state.Read(message, progress));
        await using var context = archive.OpenRead(cancellationToken);
        try
        {
            await engine.Client.Images.BuildImageFromDockerfileAsync(parameters, context, [], new Dictionary<string, string>(), messages, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Find<BuildContextException>(e) is { } contextError)
        {
            throw new BuildContextException(contextError.Message, e);
        }
        catch (DockerApiException e)
        {
            // Refusals before any step runs (unknown target, Dockerfile parse errors) come back as HTTP errors.
            throw Failed(request, dockerfileText, state.Step, ApiMessage(e));
        }
        catch (Exception e) when (DockerEngine.IsUnreachable(e) && !cancellationToken.IsCancellationRequested)
        {
            throw DockerEngine.NotRunning(engine.Endpoint, e);
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (state.Error is not null) throw Failed(request, dockerfileText, state.Step, state.Error);
        if (state.ImageId is null) throw Failed(request, dockerfileText, state.Step, "the engine ended the build without reporting an image");
        return new BuildResult(state.ImageId, request.Tags);
    }

    private static ImageBuildException Failed(ImageBuildRequest request, string dockerfileText, int? step, string message)
    {
        var location = step is { } n ? BuildStepLocator.Locate(dockerfileText, n) : null;
        return new ImageBuildException(new BuildFailure(message.Trim(), step, location?.Span, location?.Range, request.Source.DockerfilePath));
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }

    internal static string ApiMessage(DockerApiException e)
    {
        var body = e.ResponseBody;
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                using var json = System.Text.Json.JsonDocument.Parse(body);
                if (json.RootElement.TryGetProperty("message", out var m) && m.GetString() is { } text) return text;
            }
            catch (System.Text.Json.JsonException)
            {
                return body.Trim();
            }
        }
        return e.Message;
    }

    private sealed partial class BuildStreamState
    {
        public int? Step { get; private set; }
        public int? Total { get; private set; }
        public string? ImageId { get; private set; }
        public string? Error { get; private set; }

        public void Read(JSONMessage message, IProgress<BuildProgress>? progress)
        {
            if (message.Error?.Message is { Length: > 0 } error) Error = error;
            else if (message.ErrorMessage is { Length: > 0 } legacy) Error = legacy;
            if (message.Aux?.ExtensionData is { } aux && aux.TryGetValue("ID", out var id) && id?.ToString() is { Length: > 0 } imageId)
                ImageId = imageId;
            var text = message.Stream ?? message.Status;
            if (string.IsNullOrEmpty(text)) return;
            foreach (var line in text.Split('\n'))
            {
                var trimmed = line.TrimEnd('\r');
                if (trimmed.Length == 0) continue;
                var step = StepLine().Match(trimmed);
                if (step.Success)
                {
                    Step = int.Parse(step.Groups[1].Value, CultureInfo.InvariantCulture);
                    Total = int.Parse(step.Groups[2].Value, CultureInfo.InvariantCulture);
                }
                var built = BuiltLine().Match(trimmed);
                if (built.Success && ImageId is null) ImageId = built.Groups[1].Value;
                progress?.Report(new BuildProgress(Step, Total, trimmed));
            }
        }

        [GeneratedRegex(@"^Step (\d+)/(\d+) : ")]
        private static partial Regex StepLine();

        [GeneratedRegex(@"^Successfully built ([0-9a-f]+)$")]
        private static partial Regex BuiltLine();
    }
}
