using Docker.DotNet.Models;

namespace Berth.Docker.Run;

/// <summary>Translates a <see cref="ContainerRunRequest"/> into the engine's create-container body.</summary>
internal static class ContainerParameters
{
    public static CreateContainerParameters From(ContainerRunRequest request)
    {
        var exposed = new Dictionary<string, EmptyStruct>();
        var bindings = new Dictionary<string, IList<PortBinding>>();
        foreach (var port in request.Ports)
        {
            var (hostIp, hostPort, containerPort) = ParsePort(port);
            exposed[containerPort] = default;
            if (!bindings.TryGetValue(containerPort, out var list)) bindings[containerPort] = list = [];
            list.Add(new PortBinding { HostIP = hostIp, HostPort = hostPort });
        }
        var parameters = new CreateContainerParameters
        {
            Image = request.Image,
            Name = request.Name,
            Env = [.. request.Environment.Select(e => e.Key + "=" + e.Value)],
            Cmd = request.Command.Count > 0 ? [.. request.Command] : null,
            Entrypoint = request.Entrypoint.Count > 0 ? [.. request.Entrypoint] : null,
            User = request.User,
            Labels = request.Labels.ToDictionary(),
            ExposedPorts = exposed,
            HostConfig = new HostConfig
            {
                PortBindings = bindings,
                Binds = [.. request.Volumes],
                NetworkMode = request.Network,
                RestartPolicy = new RestartPolicy { Name = RestartKind(request.Restart) },
            },
        };
        if (request.HealthCommand is { Length: > 0 } health)
        {
            parameters.Healthcheck = new HealthConfig
            {
                Test = ["CMD-SHELL", health],
                Interval = request.HealthInterval,
                Timeout = TimeSpan.FromSeconds(30),
                Retries = 3,
            };
        }
        return parameters;
    }

    private static RestartPolicyKind RestartKind(string? restart) => restart switch
    {
        null or "" or "no" => RestartPolicyKind.No,
        "always" => RestartPolicyKind.Always,
        "on-failure" => RestartPolicyKind.OnFailure,
        "unless-stopped" => RestartPolicyKind.UnlessStopped,
        _ => throw new DockerOperationException($"The restart policy \"{restart}\" is unknown; use no, always, on-failure or unless-stopped."),
    };

    private static (string HostIp, string HostPort, string ContainerPort) ParsePort(string mapping)
    {
        var protocol = "tcp";
        var text = mapping;
        var slash = text.IndexOf('/');
        if (slash >= 0)
        {
            protocol = text[(slash + 1)..];
            text = text[..slash];
        }
        var parts = text.Split(':');
        var valid = parts.Length is 1 or 2 or 3 && parts.All(p => p.Length > 0 || parts.Length == 3) && protocol is "tcp" or "udp" or "sctp";
        if (!valid || !int.TryParse(parts[^1], out _))
            throw new DockerOperationException($"The port mapping \"{mapping}\" is not valid; write HOST:CONTAINER, for example 8080:80 or 127.0.0.1:8080:80/tcp.");
        return parts.Length switch
        {
            1 => ("", "", parts[0] + "/" + protocol),
            2 => ("", parts[0], parts[1] + "/" + protocol),
            _ => (parts[0], parts[1], parts[2] + "/" + protocol),
        };
    }
}
