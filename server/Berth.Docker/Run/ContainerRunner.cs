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
    // Generous: the engine needs a moment after a follow stream ends to mark the container stopped.
    private static readonly TimeSpan StoppedWaitLimit = TimeSpan.FromSeconds(30);

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
        var assembler = new ContainerLogAssembler(lines);
        await ReadLogsAsync(containerId, follow: true, assembler, cancellationToken).ConfigureAwait(false);
        // The engine may end a follow stream before its last frame when the container exits at once (the final
        // line without a newline is the usual victim). Once the container has stopped its log is complete, so it
        // is read again without follow and only the bytes the follow stream did not deliver are passed on.
        if (await WaitUntilStoppedAsync(containerId, cancellationToken).ConfigureAwait(false))
        {
            assembler.StartReplay();
            try
            {
                await ReadLogsAsync(containerId, follow: false, assembler, cancellationToken).ConfigureAwait(false);
            }
            catch (DockerContainerNotFoundException)
            {
                // Removed in the meantime (berth stop): what the follow stream delivered is all there is.
            }
        }
        assembler.Finish();
    }

    private async Task ReadLogsAsync(string containerId, bool follow, ContainerLogAssembler assembler, CancellationToken cancellationToken)
    {
        var parameters = new ContainerLogsParameters { Follow = follow, ShowStdout = true, ShowStderr = true };
        using var stream = await engine.Client.Containers.GetContainerLogsAsync(containerId, tty: false, parameters, cancellationToken).ConfigureAwait(false);
        var buffer = new byte[8192];
        while (true)
        {
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false);
            if (read.EOF) break;
            assembler.Add(read.Target, buffer, read.Count);
        }
    }

    /// <summary>
    /// After a follow stream ended: true once the container is no longer running (its log is then complete), or
    /// after a bounded wait when a restart policy started it again; false when it has been removed.
    /// </summary>
    private async Task<bool> WaitUntilStoppedAsync(string containerId, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(StoppedWaitLimit);
        try
        {
            await engine.Client.Containers.WaitContainerAsync(containerId, limit.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Still running (restarted by its policy): catch up on what it has written so far.
            return true;
        }
        catch (DockerContainerNotFoundException)
        {
            return false;
        }
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
