using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Berth.Docker.Connection;

/// <summary>
/// Finds the engine the way the docker CLI does: an explicit host (Berth's berth.docker.host setting or --host)
/// first, then DOCKER_HOST, then the context named by DOCKER_CONTEXT or by "currentContext" in config.json
/// (its endpoint read from contexts/meta/&lt;sha256 of the name&gt;/meta.json), then the platform default.
/// </summary>
public static class DockerEndpointResolver
{
    public const string DefaultUnixHost = "unix:///var/run/docker.sock";
    public const string DefaultWindowsHost = "npipe://./pipe/docker_engine";

    public static DockerEndpoint Resolve(string? explicitHost, DockerEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(explicitHost)) return Parse(explicitHost.Trim(), "the berth.docker.host setting");
        if (environment.GetVariable("DOCKER_HOST") is { Length: > 0 } dockerHost) return Parse(dockerHost, "DOCKER_HOST");

        var (context, contextSource) = CurrentContext(environment);
        if (context is not null && context != "default") return FromContext(context, contextSource, environment);

        return new DockerEndpoint(new Uri(environment.IsWindows ? DefaultWindowsHost : DefaultUnixHost), "the default");
    }

    /// <summary>Checks a host string and turns it into an endpoint; a bad one is a clear error.</summary>
    public static DockerEndpoint Parse(string host, string source)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (!Uri.TryCreate(host, UriKind.Absolute, out var uri) ||
            uri.Scheme is not ("unix" or "npipe" or "tcp" or "http" or "https"))
        {
            var hint = host.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase)
                ? " Berth can't tunnel over ssh; forward the engine's socket and use unix:// or tcp:// instead."
                : " Use unix:///path/docker.sock, npipe://./pipe/docker_engine or tcp://HOST:PORT.";
            throw new DockerOperationException($"The Docker host \"{host}\" from {source} is not a valid engine address.{hint}");
        }
        return new DockerEndpoint(uri, source);
    }

    private static (string? Name, string Source) CurrentContext(DockerEnvironment environment)
    {
        if (environment.GetVariable("DOCKER_CONTEXT") is { Length: > 0 } fromEnvironment) return (fromEnvironment, "DOCKER_CONTEXT");
        var configPath = Path.Combine(environment.ConfigDirectory, "config.json");
        if (!File.Exists(configPath)) return (null, "");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(configPath));
            if (document.RootElement.ValueKind == JsonValueKind.Object &&
                document.RootElement.TryGetProperty("currentContext", out var current) &&
                current.ValueKind == JsonValueKind.String && current.GetString() is { Length: > 0 } name)
            {
                return (name, configPath);
            }
            return (null, "");
        }
        catch (JsonException e)
        {
            throw new DockerOperationException($"{configPath} is not valid JSON ({e.Message}); fix or remove it.", e);
        }
    }

    private static DockerEndpoint FromContext(string name, string source, DockerEnvironment environment)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        var metaPath = Path.Combine(environment.ConfigDirectory, "contexts", "meta", id, "meta.json");
        if (!File.Exists(metaPath))
        {
            throw new DockerOperationException(
                $"The Docker context \"{name}\" (from {source}) does not exist; run `docker context ls` to see the contexts, or `docker context use default`.");
        }
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(metaPath));
            if (document.RootElement.TryGetProperty("Endpoints", out var endpoints) &&
                endpoints.TryGetProperty("docker", out var docker) &&
                docker.TryGetProperty("Host", out var host) && host.GetString() is { Length: > 0 } value)
            {
                return Parse(value, $"the Docker context \"{name}\"");
            }
        }
        catch (JsonException e)
        {
            throw new DockerOperationException($"The metadata of Docker context \"{name}\" ({metaPath}) is not valid JSON; recreate the context.", e);
        }
        catch (InvalidOperationException e)
        {
            throw new DockerOperationException($"The metadata of Docker context \"{name}\" ({metaPath}) has an unexpected shape; recreate the context.", e);
        }
        throw new DockerOperationException($"The Docker context \"{name}\" has no docker endpoint; recreate it with `docker context create {name} --docker host=...`.");
    }
}
