namespace Berth.AlibabaCloud.Endpoints;

/// <summary>
/// Finds the base URL of a product's API in a region. Order: the environment variable
/// (BERTH_ECS_ENDPOINT, BERTH_CR_ENDPOINT, BERTH_STS_ENDPOINT; a full URL, the only place plain
/// http:// is accepted, so tests and private gateways can use it), then the manifest's
/// <c>alibabaCloud.endpoints</c>, then the SDK's built-in rule for the product.
/// </summary>
public sealed class EndpointResolver
{
    private readonly IReadOnlyDictionary<CloudProduct, string> _manifestEndpoints;
    private readonly Func<string, string?> _environment;

    public EndpointResolver(
        IReadOnlyDictionary<CloudProduct, string>? manifestEndpoints = null,
        Func<string, string?>? environment = null)
    {
        _manifestEndpoints = manifestEndpoints ?? new Dictionary<CloudProduct, string>();
        _environment = environment ?? Environment.GetEnvironmentVariable;
    }

    public static string EnvironmentVariableFor(CloudProduct product) => product switch
    {
        CloudProduct.Ecs => "BERTH_ECS_ENDPOINT",
        CloudProduct.ContainerRegistry => "BERTH_CR_ENDPOINT",
        CloudProduct.Sts => "BERTH_STS_ENDPOINT",
        _ => throw new ArgumentOutOfRangeException(nameof(product), product, null),
    };

    /// <summary>The manifest key for a product under <c>alibabaCloud.endpoints</c>.</summary>
    public static string ManifestKeyFor(CloudProduct product) => product switch
    {
        CloudProduct.Ecs => "ecs",
        CloudProduct.ContainerRegistry => "cr",
        CloudProduct.Sts => "sts",
        _ => throw new ArgumentOutOfRangeException(nameof(product), product, null),
    };

    public Uri Resolve(CloudProduct product, string? regionId)
    {
        var variable = EnvironmentVariableFor(product);
        var fromEnvironment = _environment(variable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return ParseEnvironmentUrl(variable, fromEnvironment.Trim());
        }

        if (_manifestEndpoints.TryGetValue(product, out var fromManifest) && !string.IsNullOrWhiteSpace(fromManifest))
        {
            return ParseManifestEndpoint(product, fromManifest.Trim());
        }

        return new Uri("https://" + DefaultHost(product, regionId) + "/");
    }

    /// <summary>The host the official SDKs use for a product and region.</summary>
    public static string DefaultHost(CloudProduct product, string? regionId)
    {
        if (product == CloudProduct.Sts)
        {
            return string.IsNullOrWhiteSpace(regionId) ? "sts.aliyuncs.com" : $"sts.{regionId}.aliyuncs.com";
        }

        if (string.IsNullOrWhiteSpace(regionId))
        {
            throw new CloudConfigurationException(
                $"No Alibaba Cloud region is set, so the {Describe(product)} endpoint is unknown. "
                + "Set alibabaCloud.region in berth.yaml (for example cn-hangzhou), or ALIBABA_CLOUD_REGION_ID.");
        }

        if (!IsPlausibleRegionId(regionId))
        {
            throw new CloudConfigurationException(
                $"'{regionId}' is not an Alibaba Cloud region id. Use an id such as cn-hangzhou or ap-southeast-1.");
        }

        return product switch
        {
            // The ECS SDK's endpoint map keeps the legacy hyphenated host for Hangzhou.
            CloudProduct.Ecs when regionId == "cn-hangzhou" => "ecs-cn-hangzhou.aliyuncs.com",
            CloudProduct.Ecs => $"ecs.{regionId}.aliyuncs.com",
            CloudProduct.ContainerRegistry => $"cr.{regionId}.aliyuncs.com",
            _ => throw new ArgumentOutOfRangeException(nameof(product), product, null),
        };
    }

    private static bool IsPlausibleRegionId(string regionId) =>
        regionId.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-') && regionId.Contains('-', StringComparison.Ordinal);

    private static Uri ParseEnvironmentUrl(string variable, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new CloudConfigurationException(
                $"{variable} must be a full URL such as https://ecs.cn-hangzhou.aliyuncs.com, not '{value}'. Fix or unset it.");
        }
        return uri;
    }

    private static Uri ParseManifestEndpoint(CloudProduct product, string value)
    {
        var key = $"alibabaCloud.endpoints.{ManifestKeyFor(product)}";
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            throw new CloudConfigurationException(
                $"{key} uses plain http ('{value}'); Alibaba Cloud endpoints must use https. "
                + $"Write the host name only (https is implied), or set {EnvironmentVariableFor(product)} for a local test endpoint.");
        }
        var candidate = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        if (!Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
        {
            throw new CloudConfigurationException(
                $"{key} must be a host name such as ecs-vpc.cn-hangzhou.aliyuncs.com, not '{value}'.");
        }
        return uri;
    }

    private static string Describe(CloudProduct product) => product switch
    {
        CloudProduct.Ecs => "ECS",
        CloudProduct.ContainerRegistry => "Container Registry",
        _ => "STS",
    };
}
