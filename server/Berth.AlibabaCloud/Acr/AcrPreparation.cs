using Berth.AlibabaCloud.Redaction;

namespace Berth.AlibabaCloud.Acr;

/// <summary>
/// Gets everything ready for a push to Container Registry: checks names, finds the registry domain,
/// creates the namespace and repository when asked (Enterprise Edition; existence is checked first
/// because CR's create calls are not idempotent), and fetches a temporary token whose password is
/// registered with the redactor at once.
/// </summary>
public sealed class AcrPreparation(ContainerRegistryClient registry, IProgress<string>? progress = null, SecretRedactor? redactor = null)
{
    private readonly SecretRedactor _redactor = redactor ?? SecretRedactor.Shared;

    public async Task<AcrPushTarget> PrepareAsync(AcrTarget target, CancellationToken cancellationToken)
    {
        if ((AcrNames.CheckNamespace(target.Namespace) ?? AcrNames.CheckRepository(target.Repository)) is { } invalid)
        {
            throw new CloudConfigurationException(invalid + " Fix registry.namespace / registry.repository in berth.yaml.");
        }
        return target.Edition == AcrEdition.Enterprise
            ? await PrepareEnterpriseAsync(target, cancellationToken).ConfigureAwait(false)
            : await PreparePersonalAsync(target, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AcrPushTarget> PrepareEnterpriseAsync(AcrTarget target, CancellationToken cancellationToken)
    {
        var instanceId = target.InstanceId ?? throw new CloudConfigurationException(
            "registry.instanceId is required for a Container Registry Enterprise Edition instance (cri-...). Find it in the ACR console.");
        var domain = await registry.GetRegistryDomainAsync(instanceId, target.UseVpc, cancellationToken).ConfigureAwait(false);
        Report($"Registry {domain} (instance {instanceId})");

        if (!await registry.NamespaceExistsAsync(instanceId, target.Namespace, cancellationToken).ConfigureAwait(false))
        {
            if (!target.CreateIfMissing)
            {
                throw new CloudConfigurationException(
                    $"The namespace '{target.Namespace}' does not exist in instance {instanceId}. Create it in the ACR console, or set registry.createIfMissing: true.");
            }
            Report($"Creating namespace {target.Namespace}");
            await registry.CreateNamespaceAsync(instanceId, target.Namespace, cancellationToken).ConfigureAwait(false);
        }
        if (!await registry.RepositoryExistsAsync(instanceId, target.Namespace, target.Repository, cancellationToken).ConfigureAwait(false))
        {
            if (!target.CreateIfMissing)
            {
                throw new CloudConfigurationException(
                    $"The repository '{target.Namespace}/{target.Repository}' does not exist in instance {instanceId}. Create it in the ACR console, or set registry.createIfMissing: true.");
            }
            Report($"Creating repository {target.Namespace}/{target.Repository}");
            await registry.CreateRepositoryAsync(instanceId, target.Namespace, target.Repository, cancellationToken).ConfigureAwait(false);
        }

        var token = Register(await registry.GetEnterpriseTokenAsync(instanceId, cancellationToken).ConfigureAwait(false));
        var console = new Uri($"https://cr.console.aliyun.com/{target.Region}/instance/{instanceId}/repository");
        return new AcrPushTarget(domain, $"{target.Namespace}/{target.Repository}", token, console);
    }

    private async Task<AcrPushTarget> PreparePersonalAsync(AcrTarget target, CancellationToken cancellationToken)
    {
        var domain = target.UseVpc ? $"registry-vpc.{target.Region}.aliyuncs.com" : $"registry.{target.Region}.aliyuncs.com";
        if (target.CreateIfMissing)
        {
            // The Personal Edition API for namespaces and repositories is not supported; its registry can create
            // repositories on first push when the namespace allows it.
            Report("Personal Edition: namespaces are not created by Berth; the registry creates the repository on first push if the namespace allows it");
        }
        var token = Register(await registry.GetPersonalTokenAsync(cancellationToken).ConfigureAwait(false));
        var console = new Uri($"https://cr.console.aliyun.com/repository/{target.Region}/{target.Namespace}/{target.Repository}/details");
        return new AcrPushTarget(domain, $"{target.Namespace}/{target.Repository}", token, console);
    }

    private RegistryToken Register(RegistryToken token)
    {
        _redactor.Register(token.Password);
        return token;
    }

    private void Report(string message) => progress?.Report(_redactor.Redact(message));
}
