using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Berth.Docker.Connection;

namespace Berth.Docker.Push;

/// <summary>
/// Finds credentials for a registry where the docker CLI keeps them: config.json's credHelpers (per registry),
/// its credsStore (for all), then its inline auths ("auth" is base64 of user:password). Helper programs are
/// run as docker-credential-NAME with "get" and the server address on stdin, never with secrets in arguments.
/// </summary>
public sealed class RegistryCredentialStore(DockerEnvironment environment)
{
    public const string DockerHubServer = "https://index.docker.io/v1/";

    /// <summary>The credentials for <paramref name="registry"/> (a host such as "127.0.0.1:5000"), or null when none are stored.</summary>
    public async Task<RegistryCredentials?> FindAsync(string registry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var configPath = Path.Combine(environment.ConfigDirectory, "config.json");
        if (!File.Exists(configPath)) return null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(await File.ReadAllTextAsync(configPath, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException e)
        {
            throw new DockerOperationException($"{configPath} is not valid JSON ({e.Message}); fix it or log in again with docker login.", e);
        }
        using (document)
        {
            var root = document.RootElement;
            var server = registry is "docker.io" or "index.docker.io" or "registry-1.docker.io" ? DockerHubServer : registry;
            if (root.TryGetProperty("credHelpers", out var helpers) && helpers.ValueKind == JsonValueKind.Object &&
                helpers.TryGetProperty(server, out var helper) && helper.GetString() is { Length: > 0 } helperName)
            {
                return await FromHelperAsync(helperName, server, cancellationToken).ConfigureAwait(false);
            }
            if (root.TryGetProperty("credsStore", out var store) && store.GetString() is { Length: > 0 } storeName)
            {
                var fromStore = await FromHelperAsync(storeName, server, cancellationToken).ConfigureAwait(false);
                if (fromStore is not null) return fromStore;
            }
            if (root.TryGetProperty("auths", out var auths) && auths.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in auths.EnumerateObject())
                {
                    if (!SameServer(entry.Name, server)) continue;
                    return FromAuthEntry(server, entry.Value, configPath);
                }
            }
            return null;
        }
    }

    private static bool SameServer(string key, string server)
    {
        static string Host(string value)
        {
            var text = value;
            var scheme = text.IndexOf("://", StringComparison.Ordinal);
            if (scheme >= 0) text = text[(scheme + 3)..];
            var slash = text.IndexOf('/');
            return slash >= 0 ? text[..slash] : text;
        }
        return key == server || string.Equals(Host(key), Host(server), StringComparison.OrdinalIgnoreCase);
    }

    private static RegistryCredentials? FromAuthEntry(string server, JsonElement entry, string configPath)
    {
        if (entry.TryGetProperty("identitytoken", out var token) && token.GetString() is { Length: > 0 } identity)
            return new RegistryCredentials(server, "", identity, IsIdentityToken: true);
        if (entry.TryGetProperty("auth", out var auth) && auth.GetString() is { Length: > 0 } encoded)
        {
            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            }
            catch (FormatException e)
            {
                throw new DockerOperationException($"The saved login for {server} in {configPath} is damaged; log in again with docker login {server}.", e);
            }
            var colon = decoded.IndexOf(':');
            if (colon <= 0) throw new DockerOperationException($"The saved login for {server} in {configPath} has no user name; log in again with docker login {server}.");
            return new RegistryCredentials(server, decoded[..colon], decoded[(colon + 1)..]);
        }
        if (entry.TryGetProperty("username", out var user) && entry.TryGetProperty("password", out var password) &&
            user.GetString() is { Length: > 0 } name)
        {
            return new RegistryCredentials(server, name, password.GetString() ?? "");
        }
        return null;
    }

    private async Task<RegistryCredentials?> FromHelperAsync(string helper, string server, CancellationToken cancellationToken)
    {
        var program = FindProgram("docker-credential-" + helper);
        if (program is null)
        {
            throw new DockerOperationException(
                $"Docker's config names the credential helper \"{helper}\", but docker-credential-{helper} is not on PATH; install it or remove it from config.json.");
        }
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("get");
        using var process = Process.Start(start) ?? throw new DockerOperationException($"docker-credential-{helper} could not be started.");
        await process.StandardInput.WriteAsync(server).ConfigureAwait(false);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var text = await output.ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var message = (await error.ConfigureAwait(false)).Trim() is { Length: > 0 } e ? e : text.Trim();
            // "credentials not found" is the helpers' way of saying "no login for this registry".
            if (message.Contains("credentials not found", StringComparison.OrdinalIgnoreCase)) return null;
            throw new DockerOperationException($"docker-credential-{helper} failed for {server}: {message}");
        }
        try
        {
            using var json = JsonDocument.Parse(text);
            var username = json.RootElement.GetProperty("Username").GetString() ?? "";
            var secret = json.RootElement.GetProperty("Secret").GetString() ?? "";
            return username == "<token>"
                ? new RegistryCredentials(server, "", secret, IsIdentityToken: true)
                : new RegistryCredentials(server, username, secret);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new DockerOperationException($"docker-credential-{helper} answered something that is not a credential for {server}; check the helper.", e);
        }
    }

    private string? FindProgram(string name)
    {
        var path = environment.GetVariable("PATH") ?? "";
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, environment.IsWindows ? name + ".exe" : name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
