using Berth.AlibabaCloud.Deployment;
using Berth.AlibabaCloud.Redaction;
using Berth.Docker.Connection;
using Berth.Docker.Push;
using Berth.Manifest.Model;

namespace Berth.Cli.Commands;

/// <summary>The outcome of "Push to Alibaba Cloud": the pushed reference, its digest and the repository in the ACR console.</summary>
public sealed record AcrPushResult(string Reference, string Digest, Uri ConsoleUrl);

/// <summary>
/// "Push to Alibaba Cloud": gets a temporary Container Registry token (creating the namespace and
/// repository when the manifest says createIfMissing), then pushes the locally built image
/// (image.name:image.tag) through the engine with that token. Meant for `berth push` (owned by the
/// Docker commands) and the editor's berth.push command to call for registry.provider: acr.
/// </summary>
public static class AcrPush
{
    public static async Task<AcrPushResult> PushAsync(
        EcsDeployer deployer, BerthManifest manifest, DockerEngine engine, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deployer);
        ArgumentNullException.ThrowIfNull(manifest);
        var target = await deployer.PrepareRegistryAsync(manifest, createIfMissing: true, cancellationToken).ConfigureAwait(false);
        var reference = new ImageReference(target.Repository, manifest.Image.Tag);
        progress?.Report(SecretRedactor.Shared.Redact($"Pushing {manifest.Image.Reference} to {reference} as {target.Token.UserName}"));
        var credentials = new RegistryCredentials(target.RegistryDomain, target.Token.UserName, target.Token.Password);
        var pushProgress = progress is null ? null : new PushProgressAdapter(progress);
        var result = await new ImagePusher(engine).PushAsync(manifest.Image.Reference, reference, credentials, pushProgress, cancellationToken).ConfigureAwait(false);
        return new AcrPushResult(result.Reference.ToString(), result.Digest, target.ConsoleUrl);
    }

    private sealed class PushProgressAdapter(IProgress<string> progress) : IProgress<PushProgress>
    {
        public void Report(PushProgress value) => progress.Report(SecretRedactor.Shared.Redact($"{value.Percentage,3}% {value.Message}"));
    }
}
