using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Endpoints;
using Berth.AlibabaCloud.OpenApi;

namespace Berth.AlibabaCloud.Tests.Support;

/// <summary>Builds product clients pointed at an emulator through the BERTH_*_ENDPOINT overrides.</summary>
public static class EmulatorClients
{
    public static readonly HttpClient Http = new() { Timeout = Timeout.InfiniteTimeSpan };

    public static CloudCredentials Credentials => new(AlibabaCloudEmulator.AccessKeyId, AlibabaCloudEmulator.AccessKeySecret);

    public static EndpointResolver Endpoints(AlibabaCloudEmulator emulator) =>
        new(environment: name => emulator.EndpointEnvironment.TryGetValue(name, out var value) ? value : null);

    public static OpenApiClient Client(
        AlibabaCloudEmulator emulator,
        CloudCredentials? credentials = null,
        OpenApiClientOptions? options = null) =>
        new(Http, new StaticCredentialsProvider(credentials ?? Credentials), Endpoints(emulator),
            (options ?? new OpenApiClientOptions()) with { RegionId = (options?.RegionId) ?? "cn-hangzhou" });
}
