using Berth.AlibabaCloud.Deployment;
using Berth.AlibabaCloud.Redaction;
using Berth.Docker.Connection;
using Berth.Docker.Push;
using Berth.Manifest.Model;

namespace Berth.Workspace.Cloud;

/// <summary>The outcome of "Push to Alibaba Cloud": the pushed reference, its digest and the repository in the ACR console.</summary>
public sealed record AcrPushResult(string Reference, string Digest, Uri ConsoleUrl);

/// <summary>
/// "Push to Alibaba Cloud": gets a temporary Container Registry token (creating the namespace and
/// repository when the manifest says createIfMissing), then pushes the locally built image
/// (image.name:image.tag) through the engine with that token. `berth push` (registry.provider: acr) and the
/// editor's berth.pushAcr command both call it.
/// </summary>
public static class AcrPush
{
    public static async Task<AcrPushResult> PushAsync(
        EcsDeployer deployer, BerthManifest manifest, DockerEngine engine, IProgress<string>? progress, CancellationToken cancellationToken) =>
        await PushAsync(deployer, manifest, null, engine, progress, null, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// As above, pushing <paramref name="localImage"/> (default: the manifest's image.name:image.tag); the engine's
    /// push progress (percentages) goes to <paramref name="pushProgress"/> when given, else to the text lines.
    /// </summary>
    public static async Task<AcrPushResult> PushAsync(
        EcsDeployer deployer, BerthManifest manifest, string? localImage, DockerEngine engine, IProgress<string>? progress, IProgress<PushProgress>? pushProgress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deployer);
        ArgumentNullException.ThrowIfNull(manifest);
        var target = await deployer.PrepareRegistryAsync(manifest, createIfMissing: true, cancellationToken).ConfigureAwait(false);
        var reference = new ImageReference(target.Repository, manifest.Image.Tag);
        var local = localImage ?? manifest.Image.Reference;
        progress?.Report(SecretRedactor.Shared.Redact($"Pushing {local} to {reference} as {target.Token.UserName}"));
        var credentials = new RegistryCredentials(target.RegistryDomain, target.Token.UserName, target.Token.Password);
        pushProgress ??= progress is null ? null : new PushProgressAdapter(progress);
        var result = await new ImagePusher(engine).PushAsync(local, reference, credentials, pushProgress, cancellationToken).ConfigureAwait(false);
        return new AcrPushResult(result.Reference.ToString(), result.Digest, target.ConsoleUrl);
    }

    private sealed class PushProgressAdapter(IProgress<string> progress) : IProgress<PushProgress>
    {
        public void Report(PushProgress value) => progress.Report(SecretRedactor.Shared.Redact($"{value.Percentage,3}% {value.Message}"));
    }
}
