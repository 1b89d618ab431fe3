using System.Net.Http;
using System.Net.Sockets;
using Docker.DotNet;

namespace Berth.Docker.Connection;

/// <summary>
/// A connection to one Docker engine at the API version both sides speak. Made by <see cref="ConnectAsync"/>,
/// which pings the engine first so that "not running" is one clear message instead of a socket error later.
/// </summary>
public sealed class DockerEngine : IDisposable
{
    /// <summary>The newest Engine API version Berth's client library speaks; older engines are met at theirs.</summary>
    public static readonly Version ClientApiVersion = new(1, 41);

    private DockerEngine(DockerEndpoint endpoint, DockerClient client, Version apiVersion, string engineVersion)
    {
        Endpoint = endpoint;
        Client = client;
        ApiVersion = apiVersion;
        EngineVersion = engineVersion;
    }

    public DockerEndpoint Endpoint { get; }

    /// <summary>The Docker.DotNet client, pinned to <see cref="ApiVersion"/>.</summary>
    public DockerClient Client { get; }

    /// <summary>The negotiated API version: the lower of the engine's and <see cref="ClientApiVersion"/>.</summary>
    public Version ApiVersion { get; }

    /// <summary>The engine's own version string (for example "20.10.24+dfsg1").</summary>
    public string EngineVersion { get; }

    public static Task<DockerEngine> ConnectAsync(string? explicitHost, CancellationToken cancellationToken) =>
        ConnectAsync(DockerEndpointResolver.Resolve(explicitHost, DockerEnvironment.Current), cancellationToken);

    public static async Task<DockerEngine> ConnectAsync(DockerEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var configuration = new DockerClientConfiguration(endpoint.Host);
        Version negotiated;
        string engineVersion;
        using (var probe = configuration.CreateClient())
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            // A healthy engine answers a ping in milliseconds; a generous bound keeps a hung socket from hanging Berth.
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                await probe.System.PingAsync(timeout.Token).ConfigureAwait(false);
                var version = await probe.System.GetVersionAsync(timeout.Token).ConfigureAwait(false);
                negotiated = Negotiate(version.APIVersion);
                engineVersion = version.Version ?? "unknown";
            }
            catch (Exception e) when (IsUnreachable(e) && !cancellationToken.IsCancellationRequested)
            {
                throw NotRunning(endpoint, e);
            }
        }
        return new DockerEngine(endpoint, configuration.CreateClient(negotiated), negotiated, engineVersion);
    }

    /// <summary>The API version to use with an engine that reports <paramref name="engineApiVersion"/>.</summary>
    public static Version Negotiate(string? engineApiVersion)
    {
        if (!Version.TryParse(engineApiVersion, out var engine)) return ClientApiVersion;
        return engine < ClientApiVersion ? engine : ClientApiVersion;
    }

    public static DockerOperationException NotRunning(DockerEndpoint endpoint, Exception? cause)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        var message = $"Docker is not running at {endpoint.Host.OriginalString} (from {endpoint.Source}) — start Docker Desktop or dockerd, or set berth.docker.host to the engine's address.";
        return cause is null ? new DockerOperationException(message) : new DockerOperationException(message, cause);
    }

    internal static bool IsUnreachable(Exception e) => e is HttpRequestException or SocketException or IOException or TimeoutException
        or OperationCanceledException or DockerApiException { StatusCode: System.Net.HttpStatusCode.BadGateway or System.Net.HttpStatusCode.ServiceUnavailable }
        || (e.InnerException is not null && IsUnreachable(e.InnerException));

    public void Dispose() => Client.Dispose();
}
