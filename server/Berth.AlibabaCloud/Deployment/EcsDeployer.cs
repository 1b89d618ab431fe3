using Berth.AlibabaCloud.Acr;
using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Ecs;
using Berth.AlibabaCloud.OpenApi;
using Berth.AlibabaCloud.Redaction;
using Berth.Manifest.Model;

namespace Berth.AlibabaCloud.Deployment;

/// <summary>
/// "Deploy to ECS" for a resolved manifest: a temporary registry token for the instances, the target
/// instances checked, the script generated (PlanAsync, which is all a dry run does), then the batch
/// rollout (ExecuteAsync). The image must already be in the registry (berth push).
/// </summary>
public sealed class EcsDeployer(
    HttpClient http,
    ResolvedCredentials credentials,
    Func<string, string?> environment,
    TimeProvider time,
    IProgress<string>? progress = null,
    SecretRedactor? redactor = null)
{
    private readonly SecretRedactor _redactor = redactor ?? SecretRedactor.Shared;

    public async Task<EcsDeployPlan> PlanAsync(BerthManifest manifest, CancellationToken cancellationToken)
    {
        var region = ManifestTranslation.Region(manifest, credentials.RegionId);
        var spec = ManifestTranslation.EcsSpec(manifest);
        var client = Client(manifest, region);

        var acrTarget = ManifestTranslation.AcrTarget(manifest, region, createIfMissing: false);
        var push = await new AcrPreparation(new ContainerRegistryClient(Client(manifest, acrTarget.Region)), progress, _redactor)
            .PrepareAsync(acrTarget, cancellationToken).ConfigureAwait(false);
        var image = $"{push.Repository}:{manifest.Image.Tag}";

        var rollout = new EcsRollout(new EcsClient(client), time, progress, _redactor);
        Report($"Finding the ECS instances for {ManifestTranslation.Target(spec)} in {region}");
        var instances = await rollout.ResolveAsync(ManifestTranslation.Target(spec), cancellationToken).ConfigureAwait(false);

        var login = new RegistryCredentials(push.RegistryDomain, push.Token.UserName, push.Token.Password);
        var script = DeployScriptGenerator.Generate(ManifestTranslation.Deployment(manifest, image, login));
        return new EcsDeployPlan(image, push.RegistryDomain, instances, ManifestTranslation.Options(spec, instances.Count), script);
    }

    public Task<RolloutResult> ExecuteAsync(BerthManifest manifest, EcsDeployPlan plan, CancellationToken cancellationToken) =>
        ExecuteAsync(manifest, plan, null, cancellationToken);

    /// <summary>The batch rollout of a plan; <paramref name="steps"/> hears of each batch and instance (the editor's progress bar).</summary>
    public async Task<RolloutResult> ExecuteAsync(BerthManifest manifest, EcsDeployPlan plan, IProgress<RolloutStep>? steps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var region = ManifestTranslation.Region(manifest, credentials.RegionId);
        var rollout = new EcsRollout(new EcsClient(Client(manifest, region)), time, progress, _redactor);
        return await rollout.RunAsync(plan.Instances, plan.Script.Text, plan.ImageReference, plan.Options, steps, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The instances the manifest targets (berth ecs list).</summary>
    public async Task<IReadOnlyList<EcsInstance>> ListAsync(BerthManifest manifest, CancellationToken cancellationToken)
    {
        var region = ManifestTranslation.Region(manifest, credentials.RegionId);
        var spec = ManifestTranslation.EcsSpec(manifest);
        return await new EcsClient(Client(manifest, region))
            .DescribeInstancesAsync(spec.InstanceIds, spec.Tags, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A temporary docker login for the manifest's registry (berth acr login, berth push).</summary>
    public async Task<AcrPushTarget> PrepareRegistryAsync(BerthManifest manifest, bool createIfMissing, CancellationToken cancellationToken)
    {
        var region = ManifestTranslation.Region(manifest, credentials.RegionId);
        var target = ManifestTranslation.AcrTarget(manifest, region, createIfMissing);
        return await new AcrPreparation(new ContainerRegistryClient(Client(manifest, target.Region)), progress, _redactor)
            .PrepareAsync(target, cancellationToken).ConfigureAwait(false);
    }

    private OpenApiClient Client(BerthManifest manifest, string region) =>
        new(http, credentials.Provider, ManifestTranslation.Endpoints(manifest, environment), new OpenApiClientOptions { RegionId = region, TimeProvider = time });

    private void Report(string message) => progress?.Report(_redactor.Redact(message));
}
