using Berth.AlibabaCloud.Acr;
using Berth.AlibabaCloud.Ecs;
using Berth.AlibabaCloud.Endpoints;
using Berth.Manifest.Model;

namespace Berth.AlibabaCloud.Deployment;

/// <summary>Reads what the Alibaba Cloud steps need out of a resolved manifest; every gap is a message naming the key to set.</summary>
public static class ManifestTranslation
{
    /// <summary>The region for API calls: alibabaCloud.region, else registry.region, else the credentials profile's region.</summary>
    public static string Region(BerthManifest manifest, string? profileRegion) =>
        manifest.AlibabaCloud.Region ?? manifest.Registry?.Region ?? profileRegion
        ?? throw new CloudConfigurationException("No Alibaba Cloud region is set. Add alibabaCloud.region (for example cn-hangzhou) to berth.yaml.");

    public static EndpointResolver Endpoints(BerthManifest manifest, Func<string, string?>? environment = null)
    {
        var overrides = new Dictionary<CloudProduct, string>();
        if (manifest.AlibabaCloud.EcsEndpoint is { } ecs)
        {
            overrides[CloudProduct.Ecs] = ecs.OriginalString;
        }
        if (manifest.AlibabaCloud.CrEndpoint is { } cr)
        {
            overrides[CloudProduct.ContainerRegistry] = cr.OriginalString;
        }
        return new EndpointResolver(overrides, environment);
    }

    public static AcrTarget AcrTarget(BerthManifest manifest, string region, bool createIfMissing)
    {
        var registry = manifest.Registry
            ?? throw new CloudConfigurationException("berth.yaml has no registry section, so Berth does not know where the image goes. Add registry: { provider: acr, region: ..., namespace: ... }.");
        if (!string.Equals(registry.Provider, "acr", StringComparison.OrdinalIgnoreCase))
        {
            throw new CloudConfigurationException($"registry.provider is '{registry.Provider}'; Alibaba Cloud push and deploy need provider: acr.");
        }
        var ns = registry.Namespace ?? throw new CloudConfigurationException("registry.namespace is missing. Add the Container Registry namespace to berth.yaml.");
        return new AcrTarget(registry.Region ?? region, registry.Edition == RegistryEdition.Enterprise ? AcrEdition.Enterprise : AcrEdition.Personal,
            ns, registry.RepositoryFor(manifest.Image))
        {
            InstanceId = registry.InstanceId,
            CreateIfMissing = createIfMissing && registry.CreateIfMissing,
            UseVpc = registry.Endpoint == RegistryNetwork.Vpc,
        };
    }

    public static EcsDeploySpec EcsSpec(BerthManifest manifest) =>
        manifest.Deploy.Ecs ?? throw new CloudConfigurationException("berth.yaml has no deploy.ecs section. Add deploy: { ecs: { tags: { app: ... } } } or instanceIds.");

    public static RolloutTarget Target(EcsDeploySpec spec) => new(spec.InstanceIds, spec.Tags);

    public static RolloutOptions Options(EcsDeploySpec spec, int instanceCount) => new()
    {
        BatchSize = spec.BatchSize.For(instanceCount),
        Timeout = spec.Timeout,
    };

    /// <summary>What the script on each instance runs: the manifest's run spec, with the ECS healthcheck preferred.</summary>
    public static ContainerDeployment Deployment(BerthManifest manifest, string imageReference, RegistryCredentials? login)
    {
        var run = manifest.Run;
        var spec = manifest.Deploy.Ecs;
        var hostNetwork = string.Equals(run.Network, "host", StringComparison.Ordinal);
        return new ContainerDeployment(imageReference, spec?.ContainerName ?? manifest.Image.Name)
        {
            Login = login,
            Run = new ContainerRunOptions
            {
                Ports = run.Ports.Select(p => p.ToString()).ToList(),
                Environment = run.Env.ToList(),
                Volumes = run.Volumes,
                Command = run.Command?.ToExecForm(),
                Entrypoint = run.Entrypoint?.ToExecForm(),
                User = run.User,
                Restart = run.Restart,
                Network = run.Network,
            },
            Health = (spec?.Healthcheck ?? run.Healthcheck) is { } check ? Probe(check, run.Ports, hostNetwork) : null,
            Rollback = spec?.Rollback ?? true,
        };
    }

    private static HealthProbe Probe(HealthcheckSpec check, IReadOnlyList<PortMapping> ports, bool hostNetwork) => new()
    {
        Http = check.Http is { } url && !hostNetwork ? OnHostPort(url, ports) : check.Http,
        Command = check.Command?.ToExecForm(),
        Interval = check.Interval,
        Timeout = check.Timeout,
        StartPeriod = check.StartPeriod,
        Retries = check.Retries,
    };

    /// <summary>The healthcheck names a container port; probed from the host, it must use the published host port.</summary>
    private static Uri OnHostPort(Uri url, IReadOnlyList<PortMapping> ports)
    {
        var mapping = ports.FirstOrDefault(p => p.ContainerPort == url.Port && p.HostPort is not null);
        return mapping is null ? url : new UriBuilder(url) { Port = mapping.HostPort!.Value }.Uri;
    }
}
