using System.CommandLine;
using Berth.Docker.Run;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth run [IMAGE] [--manifest M] [--env E] [--tag T] [--name N] [-p H:C]... [-e K=V]... [-v S:T]... [--network N]
/// [--user U] [--restart R] [--replace] [-d] [-- COMMAND...]</c>: starts the container, streams its logs until it exits
/// (or Ctrl+C) and exits with 0 (the container exited 0) or 1. The manifest's <c>run</c> section and image are the
/// defaults; flags override them (-p and -v replace the manifest's lists, -e wins for its key). A container that
/// already has the name is replaced with --replace, or after a yes on a terminal.
/// </summary>
public static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var image = new Argument<string?>("image") { Description = "The image to run (default: --tag, else the manifest's image).", Arity = ArgumentArity.ZeroOrOne };
        var commandLine = new Argument<string[]>("command") { Description = "Command and arguments for the container.", Arity = ArgumentArity.ZeroOrMore };
        var manifestFile = DockerCommandOptions.ManifestFile();
        var environment = DockerCommandOptions.ManifestEnvironment();
        var tag = new Option<string?>("--tag", "-t") { Description = "The image to run, as berth build tagged it." };
        var name = new Option<string?>("--name") { Description = "Container name (default with a manifest: berth-<folder>, as in the editor)." };
        var ports = new Option<string[]>("--publish", "-p") { Description = "Port mapping HOST:CONTAINER (repeatable)." };
        var variables = new Option<string[]>("--env-var", "-e") { Description = "Environment variable K=V (repeatable)." };
        var volumes = new Option<string[]>("--volume", "-v") { Description = "Volume SOURCE:TARGET[:ro] (repeatable)." };
        var network = new Option<string?>("--network") { Description = "Network: host, none, bridge or a name." };
        var user = new Option<string?>("--user", "-u") { Description = "User (name or uid[:gid])." };
        var restart = new Option<string?>("--restart") { Description = "no, always, on-failure or unless-stopped." };
        var replace = new Option<bool>("--replace") { Description = "Replace a container that already has this name (without asking)." };
        var detach = new Option<bool>("--detach", "-d") { Description = "Start the container and return." };
        var host = DockerCommandOptions.Host();
        var command = new Command("run", "Run a container on the Docker engine and stream its logs.")
        {
            image, commandLine, manifestFile, environment, tag, name, ports, variables, volumes, network, user, restart, replace, detach, host,
        };
        command.SetAction((parse, cancellationToken) => DockerCommandOptions.RunAsync(console, "run", async ct =>
        {
            var manifest = DockerCommandOptions.LoadManifest(console, parse.GetValue(manifestFile), parse.GetValue(environment), console.CurrentDirectory);
            var reference = parse.GetValue(image) ?? parse.GetValue(tag) ?? manifest?.Manifest.Image.Reference
                ?? throw new CommandUsageException("name the image to run (berth run IMAGE or --tag), or run it next to a berth.yaml.");
            var request = manifest is null
                ? new ContainerRunRequest(reference)
                : ManifestRunRequest.From(manifest.Manifest.Run, reference, manifest.ContainerName, manifest.Folder);
            request = request with
            {
                Name = parse.GetValue(name) ?? request.Name,
                Ports = parse.GetValue(ports) is { Length: > 0 } p ? p : request.Ports,
                Environment = DockerCommandOptions.Merge(request.Environment, DockerCommandOptions.Pairs(parse.GetValue(variables), "--env-var")),
                Volumes = parse.GetValue(volumes) is { Length: > 0 } v ? v : request.Volumes,
                Network = parse.GetValue(network) ?? request.Network,
                User = parse.GetValue(user) ?? request.User,
                Restart = parse.GetValue(restart) ?? request.Restart,
                Command = parse.GetValue(commandLine) is { Length: > 0 } c ? c : request.Command,
            };
            using var engine = await DockerCommandOptions.ConnectAsync(parse.GetValue(host), ct).ConfigureAwait(false);
            var runner = new ContainerRunner(engine);
            var replaceWithoutAsking = parse.GetValue(replace);
            var id = await runner.RunAsync(request, (existing, _) => Task.FromResult(replaceWithoutAsking || AskToReplace(console, existing)), ct).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"Started {(request.Name ?? id[..12])}").ConfigureAwait(false);
            if (parse.GetValue(detach)) return ExitCodes.Success;
            // Waiting from the start catches the exit code even when `berth stop` removes the container meanwhile.
            var exited = runner.WaitForExitAsync(id, ct);
            var health = request.HealthCommand is null ? Task.CompletedTask : ReportHealthAsync(console, runner, id, request.Name ?? id[..12], exited, ct);
            await runner.StreamLogsAsync(id, new InlineProgress<ContainerLogLine>(l =>
            {
                if (l.IsError) console.Error.WriteLine(l.Text);
                else console.Out.WriteLine(l.Text);
            }), ct).ConfigureAwait(false);
            var exit = await exited.ConfigureAwait(false);
            await health.ConfigureAwait(false);
            await console.Out.WriteLineAsync($"The container exited with code {exit}.").ConfigureAwait(false);
            return exit == 0 ? ExitCodes.Success : 1;
        }, cancellationToken));
        return command;
    }

    /// <summary>On a terminal the user is asked; anywhere else (CI, pipes) the container is kept unless --replace was given.</summary>
    private static bool AskToReplace(CliConsole console, string containerName)
    {
        if (!console.OutputIsTerminal || Console.IsInputRedirected) return false;
        console.Out.Write($"A container named {containerName} already exists. Replace it (stop and remove it)? [y/N] ");
        var answer = Console.ReadLine()?.Trim();
        return string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) || string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase);
    }

    private static async Task ReportHealthAsync(CliConsole console, ContainerRunner runner, string id, string name, Task exited, CancellationToken cancellationToken)
    {
        try
        {
            var healthy = await runner.WaitForHealthAsync(id, cancellationToken).ConfigureAwait(false);
            // An exited container is reported by its exit code, not as unhealthy.
            if (healthy is null || (healthy == false && exited.IsCompleted)) return;
            if (healthy.Value) await console.Out.WriteLineAsync($"{name} is healthy.").ConfigureAwait(false);
            else await console.Error.WriteLineAsync($"{name} is unhealthy (its healthcheck fails).").ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or global::Docker.DotNet.DockerApiException)
        {
            // The container went away (stopped, removed) or the user pressed Ctrl+C before the healthcheck had its say.
        }
    }
}
