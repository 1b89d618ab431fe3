using System.Text;
using Berth.Docker.Connection;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Berth.Docker.Run;

/// <summary>
/// Creates and starts containers, streams their logs, waits for them to exit or become healthy, and stops them.
/// A container already using the requested name is replaced only when the caller's confirmation says so.
/// </summary>
public sealed class ContainerRunner(DockerEngine engine)
{
    /// <summary>Asked before an existing container of the same name is removed; false keeps it and fails the run.</summary>
    public delegate Task<bool> ConfirmReplace(string containerName, CancellationToken cancellationToken);

    public async Task<string> RunAsync(ContainerRunRequest request, ConfirmReplace? confirmReplace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Name is { Length: > 0 } name && await FindAsync(name, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            var replace = confirmReplace is not null && await confirmReplace(name, cancellationToken).ConfigureAwait(false);
            if (!replace)
                throw new DockerOperationException($"A container named \"{name}\" already exists; stop it first (berth stop) or choose another name in the manifest's run.name.");
            await engine.Client.Containers.RemoveContainerAsync(existing.ID, new ContainerRemoveParameters { Force = true }, cancellationToken).ConfigureAwait(false);
        }
        var parameters = ContainerParameters.From(request);
        try
        {
            var created = await engine.Client.Containers.CreateContainerAsync(parameters, cancellationToken).ConfigureAwait(false);
            await engine.Client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken).ConfigureAwait(false);
            return created.ID;
        }
        catch (DockerImageNotFoundException)
        {
            throw new DockerOperationException($"The image {request.Image} is not on the engine; build it first (berth build).");
        }
        catch (DockerApiException e)
        {
            throw new DockerOperationException($"The engine refused to run {request.Image}: {Build.ImageBuilder.ApiMessage(e)}", e);
        }
    }

    /// <summary>Sends the container's output, line by line, until it exits or <paramref name="cancellationToken"/> fires.</summary>
    public async Task StreamLogsAsync(string containerId, IProgress<ContainerLogLine> lines, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var parameters = new ContainerLogsParameters { Follow = true, ShowStdout = true, ShowStderr = true };
        using var stream = await engine.Client.Containers.GetContainerLogsAsync(containerId, tty: false, parameters, cancellationToken).ConfigureAwait(false);
        var buffer = new byte[8192];
        var pending = new Dictionary<MultiplexedStream.TargetStream, (StringBuilder Text, Decoder Decoder)>();
        while (true)
        {
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (read.EOF) break;
            if (!pending.TryGetValue(read.Target, out var state)) pending[read.Target] = state = (new StringBuilder(), Encoding.UTF8.GetDecoder());
            // One decoder per stream, so a character split across two frames is still decoded whole.
            var chars = new char[Encoding.UTF8.GetMaxCharCount(read.Count)];
            var count = state.Decoder.GetChars(buffer, 0, read.Count, chars, 0);
            state.Text.Append(chars, 0, count);
            Flush(state.Text, read.Target == MultiplexedStream.TargetStream.StandardError, lines, final: false);
        }
        foreach (var (target, state) in pending) Flush(state.Text, target == MultiplexedStream.TargetStream.StandardError, lines, final: true);
    }

    // Reports the complete lines held in text and keeps the unfinished tail (all of it when the stream ended).
    private static void Flush(StringBuilder text, bool isError, IProgress<ContainerLogLine> lines, bool final)
    {
        var content = text.ToString();
        var end = final ? content.Length : content.LastIndexOf('\n');
        if (end < 0 || (final && content.Length == 0)) return;
        text.Clear();
        if (!final) text.Append(content, end + 1, content.Length - end - 1);
        foreach (var line in content[..end].Split('\n')) lines.Report(new ContainerLogLine(line.TrimEnd('\r'), isError));
    }

    /// <summary>Waits for the container to exit and returns its exit code.</summary>
    public async Task<long> WaitForExitAsync(string containerId, CancellationToken cancellationToken)
    {
        var result = await engine.Client.Containers.WaitContainerAsync(containerId, cancellationToken).ConfigureAwait(false);
        return result.StatusCode;
    }

    /// <summary>
    /// Waits until the healthcheck says healthy (true) or unhealthy / exited (false); null when the container has
    /// no healthcheck at all.
    /// </summary>
    public async Task<bool?> WaitForHealthAsync(string containerId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var state = (await engine.Client.Containers.InspectContainerAsync(containerId, cancellationToken).ConfigureAwait(false)).State;
            if (state.Health is null || string.IsNullOrEmpty(state.Health.Status)) return null;
            if (state.Health.Status == "healthy") return true;
            if (state.Health.Status == "unhealthy" || !state.Running) return false;
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops (SIGTERM, then SIGKILL after the grace time) and removes a container by name or id.</summary>
    public async Task<bool> StopAsync(string nameOrId, CancellationToken cancellationToken)
    {
        var existing = await FindAsync(nameOrId, cancellationToken).ConfigureAwait(false);
        if (existing is null) return false;
        await engine.Client.Containers.StopContainerAsync(existing.ID, new ContainerStopParameters { WaitBeforeKillSeconds = 10 }, cancellationToken).ConfigureAwait(false);
        await engine.Client.Containers.RemoveContainerAsync(existing.ID, new ContainerRemoveParameters { Force = true }, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<ContainerListResponse?> FindAsync(string nameOrId, CancellationToken cancellationToken)
    {
        var all = await engine.Client.Containers.ListContainersAsync(new ContainersListParameters { All = true }, cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(c => c.ID == nameOrId || c.ID.StartsWith(nameOrId, StringComparison.Ordinal) && nameOrId.Length >= 12
            || c.Names.Any(n => n.TrimStart('/') == nameOrId));
    }
}

/// <summary>One line a container wrote, and whether it went to stderr.</summary>
public sealed record ContainerLogLine(string Text, bool IsError);
