using System.Text.Json;
using Berth.AlibabaCloud.Endpoints;
using Berth.AlibabaCloud.OpenApi;

namespace Berth.AlibabaCloud.Acr;

/// <summary>The Container Registry actions Berth uses: Enterprise Edition (2018-12-01) and Personal Edition tokens (2016-06-07).</summary>
public sealed class ContainerRegistryClient(OpenApiClient client)
{
    private const string EnterpriseVersion = "2018-12-01";

    /// <summary>Personal Edition: ROA GET /tokens.</summary>
    public async Task<RegistryToken> GetPersonalTokenAsync(CancellationToken cancellationToken)
    {
        var response = await client.SendAsync(new OpenApiRequest(CloudProduct.ContainerRegistry, "GetAuthorizationToken", "2016-06-07")
        {
            Style = ApiStyle.Roa,
            Method = HttpMethod.Get,
            Path = "/tokens",
        }, cancellationToken).ConfigureAwait(false);
        var data = response.Body.GetProperty("data");
        return new RegistryToken(
            data.GetProperty("tempUserName").GetString()!,
            data.GetProperty("authorizationToken").GetString()!,
            DateTimeOffset.FromUnixTimeMilliseconds(data.GetProperty("expireDate").GetInt64()));
    }

    public async Task<RegistryToken> GetEnterpriseTokenAsync(string instanceId, CancellationToken cancellationToken)
    {
        var body = await CallAsync("GetAuthorizationToken", [new("InstanceId", instanceId)], cancellationToken).ConfigureAwait(false);
        return new RegistryToken(
            body.GetProperty("TempUsername").GetString()!,
            body.GetProperty("AuthorizationToken").GetString()!,
            DateTimeOffset.FromUnixTimeMilliseconds(body.GetProperty("ExpireTime").GetInt64()));
    }

    /// <summary>The registry (docker) domain of an Enterprise instance; the system domain is preferred over custom ones.</summary>
    public async Task<string> GetRegistryDomainAsync(string instanceId, bool vpc, CancellationToken cancellationToken)
    {
        var body = await CallAsync("GetInstanceEndpoint",
            [new("InstanceId", instanceId), new("EndpointType", vpc ? "vpc" : "internet"), new("ModuleName", "Registry")], cancellationToken).ConfigureAwait(false);
        var domains = body.TryGetProperty("Domains", out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];
        var chosen = domains.FirstOrDefault(d => d.GetProperty("Type").GetString() == "SYSTEM");
        if (chosen.ValueKind == JsonValueKind.Undefined)
        {
            chosen = domains.FirstOrDefault();
        }
        return chosen.ValueKind == JsonValueKind.Undefined
            ? throw new CloudConfigurationException(
                $"The Container Registry instance {instanceId} has no {(vpc ? "VPC" : "internet")} registry endpoint. Enable it in the ACR console, or change registry.endpoint.")
            : chosen.GetProperty("Domain").GetString()!;
    }

    public async Task<bool> NamespaceExistsAsync(string instanceId, string name, CancellationToken cancellationToken) =>
        await ExistsAsync("GetNamespace", [new("InstanceId", instanceId), new("NamespaceName", name)], cancellationToken).ConfigureAwait(false);

    public async Task CreateNamespaceAsync(string instanceId, string name, CancellationToken cancellationToken) =>
        await CallAsync("CreateNamespace", [new("InstanceId", instanceId), new("NamespaceName", name), new("AutoCreateRepo", "false")],
            cancellationToken, idempotent: false).ConfigureAwait(false);

    public async Task<bool> RepositoryExistsAsync(string instanceId, string ns, string name, CancellationToken cancellationToken) =>
        await ExistsAsync("GetRepository", [new("InstanceId", instanceId), new("RepoNamespaceName", ns), new("RepoName", name)], cancellationToken)
            .ConfigureAwait(false);

    public async Task CreateRepositoryAsync(string instanceId, string ns, string name, CancellationToken cancellationToken) =>
        await CallAsync("CreateRepository",
            [
                new("InstanceId", instanceId), new("RepoNamespaceName", ns), new("RepoName", name),
                new("RepoType", "PRIVATE"), new("Summary", "Created by Berth"),
            ], cancellationToken, idempotent: false).ConfigureAwait(false);

    private async Task<bool> ExistsAsync(string action, IReadOnlyList<KeyValuePair<string, string>> query, CancellationToken cancellationToken)
    {
        try
        {
            await CallAsync(action, query, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (OpenApiServiceException error) when (error.Code.Contains("NOT_EXIST", StringComparison.OrdinalIgnoreCase)
                                                    || error.Code.EndsWith(".NotFound", StringComparison.Ordinal))
        {
            return false;
        }
    }

    private async Task<JsonElement> CallAsync(
        string action, IReadOnlyList<KeyValuePair<string, string>> query, CancellationToken cancellationToken, bool idempotent = true)
    {
        var withRegion = client.RegionId is { } region ? query.Append(new("RegionId", region)).ToList() : query;
        var response = await client.SendAsync(new OpenApiRequest(CloudProduct.ContainerRegistry, action, EnterpriseVersion)
        {
            Query = withRegion,
            IsIdempotent = idempotent,
        }, cancellationToken).ConfigureAwait(false);
        return response.Body;
    }
}
