using Berth.Manifest.Model;

namespace Berth.Docker.Run;

/// <summary>
/// The manifest's <c>run</c> section as a <see cref="ContainerRunRequest"/>: ports, env (the envFile's entries
/// first, then run.env over them), volumes, command, entrypoint, user, restart, network and the healthcheck.
/// The CLI and the editor both run containers through this one translation.
/// </summary>
public static class ManifestRunRequest
{
    public static ContainerRunRequest From(RunSpec run, string image, string containerName, string manifestFolder)
    {
        ArgumentNullException.ThrowIfNull(run);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (run.EnvFile is { Length: > 0 } envFile)
            foreach (var (key, value) in EnvFile.Read(Path.GetFullPath(envFile, manifestFolder))) environment[key] = value;
        foreach (var (key, value) in run.Env) environment[key] = value;
        var request = new ContainerRunRequest(image)
        {
            Name = containerName,
            Ports = [.. run.Ports.Select(p => p.ToString())],
            Environment = environment,
            Volumes = run.Volumes,
            Command = run.Command?.ToExecForm() ?? [],
            Entrypoint = run.Entrypoint?.ToExecForm() ?? [],
            User = run.User,
            Restart = run.Restart,
            Network = run.Network,
        };
        if (run.Healthcheck is { } health && HealthCommand(health) is { } command)
            request = request with { HealthCommand = command, HealthInterval = health.Interval };
        return request;
    }

    // The engine runs a healthcheck inside the container: an HTTP check becomes a wget (busybox, Debian,
    // Alpine) or curl call, a command runs as written.
    private static string? HealthCommand(HealthcheckSpec health)
    {
        if (health.Command is { } command)
            return command.UsesShell ? command.Arguments.FirstOrDefault() : string.Join(' ', command.Arguments.Select(Quote));
        if (health.Http is { } url)
            return $"wget -q -O /dev/null {Quote(url.AbsoluteUri)} || curl -fsS -o /dev/null {Quote(url.AbsoluteUri)}";
        return null;
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
