using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Berth.AlibabaCloud.Credentials;

/// <summary>
/// Gets an ECS instance's RAM-role credentials from the metadata service (http://100.100.100.200):
/// IMDSv2 token first, IMDSv1 as a fallback unless disabled, then the role name and its keys.
/// </summary>
public sealed class EcsMetadataClient(HttpClient http, Uri baseUri, TimeSpan timeout, bool imdsV1Disabled)
{
    public static readonly Uri DefaultEndpoint = new("http://100.100.100.200/");

    public async Task<CloudCredentials> GetCredentialsAsync(string? roleName, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(cancellationToken).ConfigureAwait(false);
        roleName ??= (await GetAsync("latest/meta-data/ram/security-credentials/", token, cancellationToken).ConfigureAwait(false)).Trim();
        if (roleName.Length == 0)
        {
            throw new CloudConfigurationException("This ECS instance has no RAM role attached. Attach one in the ECS console, or use AccessKey credentials.");
        }
        var json = await GetAsync("latest/meta-data/ram/security-credentials/" + Uri.EscapeDataString(roleName), token, cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.GetProperty("Code").GetString() != "Success")
            {
                throw new CloudConfigurationException($"The ECS metadata service did not give credentials for RAM role '{roleName}'. Check that the role is attached to the instance.");
            }
            return new CloudCredentials(
                root.GetProperty("AccessKeyId").GetString()!,
                root.GetProperty("AccessKeySecret").GetString()!,
                root.GetProperty("SecurityToken").GetString(),
                DateTimeOffset.Parse(root.GetProperty("Expiration").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal))
            {
                Source = $"ECS instance RAM role '{roleName}'",
            };
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new CloudConfigurationException($"The ECS metadata service answered for RAM role '{roleName}' in an unexpected shape.", exception);
        }
    }

    private async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(baseUri, "latest/api/token"));
        request.Headers.Add("X-aliyun-ecs-metadata-token-ttl-seconds", "21600");
        try
        {
            using var answer = await SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (answer.IsSuccessStatusCode)
            {
                return (await answer.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
            }
        }
        catch (MetadataUnreachableException) when (!imdsV1Disabled)
        {
            // Older instances answer only IMDSv1: fall through to it, as the SDKs do.
        }
        if (imdsV1Disabled)
        {
            throw new CloudConfigurationException(
                "The ECS metadata service gave no IMDSv2 token and ALIBABA_CLOUD_IMDSV1_DISABLED=true forbids IMDSv1. Enable IMDSv2 on the instance or unset the variable.");
        }
        return null;
    }

    private async Task<string> GetAsync(string path, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(baseUri, path));
        if (token is not null)
        {
            request.Headers.Add("X-aliyun-ecs-metadata-token", token);
        }
        using var answer = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (answer.StatusCode == HttpStatusCode.NotFound)
        {
            throw new CloudConfigurationException("This ECS instance has no such RAM role (metadata service: 404). Attach a RAM role to the instance in the ECS console.");
        }
        if (!answer.IsSuccessStatusCode)
        {
            throw new CloudConfigurationException($"The ECS metadata service refused the request (HTTP {(int)answer.StatusCode}). If the instance requires IMDSv2 tokens, check that it allows them.");
        }
        return await answer.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await http.SendAsync(request, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new MetadataUnreachableException(baseUri, exception);
        }
    }
}

/// <summary>The metadata service did not answer: this is not an ECS instance (or it is unreachable).</summary>
public sealed class MetadataUnreachableException(Uri endpoint, Exception innerException)
    : AlibabaCloudException($"The ECS metadata service at {endpoint.Authority} did not answer, so this is not an ECS instance with a RAM role.", innerException);
