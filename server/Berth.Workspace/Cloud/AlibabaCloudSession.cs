using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Deployment;
using Berth.Manifest.Model;

namespace Berth.Workspace.Cloud;

/// <summary>
/// One Alibaba Cloud action's connection: credentials resolved through the official chain (environment keys,
/// the requested or manifest profile, then the fallback profile), and the deployer that pushes, plans and
/// rolls out with them. Shared by the CLI commands and the editor's commands.
/// </summary>
public sealed class AlibabaCloudSession
{
    private AlibabaCloudSession(BerthManifest manifest, EcsDeployer deployer, string credentialsSource)
    {
        Manifest = manifest;
        Deployer = deployer;
        CredentialsSource = credentialsSource;
    }

    public BerthManifest Manifest { get; }

    public EcsDeployer Deployer { get; }

    /// <summary>Where the credentials came from ("environment variables", "profile default in ~/.aliyun/config.json"); never a secret.</summary>
    public string CredentialsSource { get; }

    public static async Task<AlibabaCloudSession> ConnectAsync(
        BerthManifest manifest, HttpClient http, AlibabaCloudSessionOptions options, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(options);
        var credentials = await new CredentialsChain(new CredentialsChainOptions(http)
        {
            RequestedProfile = options.RequestedProfile,
            ManifestProfile = manifest.AlibabaCloud.Profile ?? options.FallbackProfile,
            Endpoints = ManifestTranslation.Endpoints(manifest, options.Environment),
            Redactor = options.Redactor,
            Time = options.Time,
        }).ResolveAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(options.Redactor.Redact($"Using Alibaba Cloud credentials from {credentials.Source}"));
        if (options.FallbackRegion is { Length: > 0 } region)
        {
            credentials = credentials with { RegionId = region };
        }
        var deployer = new EcsDeployer(http, credentials, options.Environment, options.Time, progress, options.Redactor);
        return new AlibabaCloudSession(manifest, deployer, credentials.Source);
    }
}
