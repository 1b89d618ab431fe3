using System.Globalization;
using Berth.AlibabaCloud.Endpoints;
using Berth.AlibabaCloud.OpenApi;

namespace Berth.AlibabaCloud.Credentials;

/// <summary>STS AssumeRole: exchanges source credentials for a role's temporary ones.</summary>
public sealed class StsClient(HttpClient http, EndpointResolver endpoints, TimeProvider time)
{
    public async Task<CloudCredentials> AssumeRoleAsync(CloudCredentials source, CredentialProfile profile, CancellationToken cancellationToken)
    {
        if (profile.RoleArn is null)
        {
            throw new CloudConfigurationException($"{profile} has no role ARN (ram_role_arn / role_arn). Add it, e.g. acs:ram::123456789012:role/deployer.");
        }
        var query = new List<KeyValuePair<string, string>>
        {
            new("RoleArn", profile.RoleArn),
            new("RoleSessionName", profile.RoleSessionName ?? "berth-" + time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new("DurationSeconds", (profile.DurationSeconds ?? 3600).ToString(CultureInfo.InvariantCulture)),
        };
        if (profile.Policy is not null)
        {
            query.Add(new("Policy", profile.Policy));
        }
        if (profile.ExternalId is not null)
        {
            query.Add(new("ExternalId", profile.ExternalId));
        }

        var client = new OpenApiClient(http, new StaticCredentialsProvider(source), endpoints,
            new OpenApiClientOptions { RegionId = profile.StsRegion, TimeProvider = time });
        var response = await client.SendAsync(new OpenApiRequest(CloudProduct.Sts, "AssumeRole", "2015-04-01") { Query = query }, cancellationToken)
            .ConfigureAwait(false);
        var credentials = response.Body.GetProperty("Credentials");
        return new CloudCredentials(
            credentials.GetProperty("AccessKeyId").GetString()!,
            credentials.GetProperty("AccessKeySecret").GetString()!,
            credentials.GetProperty("SecurityToken").GetString(),
            DateTimeOffset.Parse(credentials.GetProperty("Expiration").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
        {
            Source = $"role {profile.RoleArn} assumed with {source.Source}",
        };
    }
}
