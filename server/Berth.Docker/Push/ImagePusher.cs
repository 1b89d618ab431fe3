using System.Text.RegularExpressions;
using Berth.Docker.Connection;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Berth.Docker.Push;

/// <summary>
/// Tags a local image and pushes it. The engine reports authentication and other registry failures inside its
/// progress stream (the HTTP call itself succeeds), so any error message in the stream fails the push.
/// </summary>
public sealed partial class ImagePusher(DockerEngine engine)
{
    public async Task<PushResult> PushAsync(string localImage, ImageReference target, RegistryCredentials? credentials, IProgress<PushProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(localImage);
        ArgumentNullException.ThrowIfNull(target);
        try
        {
            await engine.Client.Images.TagImageAsync(localImage, new ImageTagParameters { RepositoryName = target.Repository, Tag = target.Tag, Force = true }, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerImageNotFoundException)
        {
            throw new ImagePushException($"The image {localImage} is not on the engine; build it first (berth build).");
        }
        var auth = credentials is null
            ? new AuthConfig { ServerAddress = target.Registry }
            : credentials.IsIdentityToken
                ? new AuthConfig { ServerAddress = credentials.ServerAddress, IdentityToken = credentials.Secret }
                : new AuthConfig { ServerAddress = credentials.ServerAddress, Username = credentials.Username, Password = credentials.Secret };
        var state = new PushStreamState();
        var messages = new SynchronousProgress<JSONMessage>(m => state.Read(m, progress));
        try
        {
            await engine.Client.Images.PushImageAsync(target.Repository, new ImagePushParameters { Tag = target.Tag }, auth, messages, cancellationToken).ConfigureAwait(false);
        }
        catch (DockerApiException e)
        {
            throw new ImagePushException(Explain(target, Build.ImageBuilder.ApiMessage(e)));
        }
        cancellationToken.ThrowIfCancellationRequested();
        if (state.Error is not null) throw new ImagePushException(Explain(target, state.Error));
        if (state.Digest is null) throw new ImagePushException($"Pushing {target} ended without the registry confirming a digest; try again.");
        progress?.Report(new PushProgress(100, $"Pushed {target} ({state.Digest})"));
        return new PushResult(target, state.Digest);
    }

    private static string Explain(ImageReference target, string error)
    {
        var lower = error.ToLowerInvariant();
        var advice = lower.Contains("unauthorized", StringComparison.Ordinal) || lower.Contains("authentication required", StringComparison.Ordinal) || lower.Contains("no basic auth credentials", StringComparison.Ordinal)
            ? $" Check the user name and password for {target.Registry} (docker login {target.Registry}, or the credentials Berth was given)."
            : lower.Contains("denied", StringComparison.Ordinal)
                ? $" The account may not push to {target.Repository}; check its permissions on the registry."
                : "";
        return $"Pushing {target} failed: {error}.{advice}";
    }

    private sealed partial class PushStreamState
    {
        private readonly Dictionary<string, (long Current, long Total)> _layers = [];

        public string? Error { get; private set; }
        public string? Digest { get; private set; }

        public void Read(JSONMessage message, IProgress<PushProgress>? progress)
        {
            if (message.Error?.Message is { Length: > 0 } error) Error ??= error;
            else if (message.ErrorMessage is { Length: > 0 } legacy) Error ??= legacy;
            var status = message.Status ?? "";
            var digest = DigestLine().Match(status);
            if (digest.Success) Digest = digest.Groups[1].Value;
            if (message.ID is { Length: > 0 } layer && !digest.Success)
            {
                if (message.Progress is { Total: > 0 } p) _layers[layer] = (p.Current, p.Total);
                else if (status is "Pushed" or "Layer already exists" or "Mounted from" || status.StartsWith("Mounted from", StringComparison.Ordinal))
                    _layers[layer] = (1, 1);
                else if (!_layers.ContainsKey(layer)) _layers[layer] = (0, 1);
            }
            progress?.Report(new PushProgress(Percentage(), message.ID is { Length: > 0 } id ? $"{id}: {status}" : status));
        }

        // Each layer weighs the same: sizes are only known once a layer starts, so bytes would jump around.
        private int Percentage() => _layers.Count == 0 ? 0
            : (int)Math.Clamp(_layers.Values.Sum(l => (double)Math.Min(l.Current, l.Total) / l.Total) * 100 / _layers.Count, 0, 99);

        [GeneratedRegex(@"digest: (sha256:[0-9a-f]{64})")]
        private static partial Regex DigestLine();
    }
}
