using System.CommandLine;
using Berth.Docker.Run;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth run IMAGE [--name N] [-p H:C]... [-e K=V]... [-v S:T]... [--network N] [--user U] [--restart R] [--replace]
/// [-- COMMAND...]</c>: starts the container, streams its logs until it exits (or Ctrl+C) and exits with its code
/// mapped to 0 (exit 0) or 1.
/// </summary>
public static class RunCommand
{
    public static Command Create(CliConsole console)
    {
        var image = new Argument<string>("image") { Description = "The image to run." };
        var commandLine = new Argument<string[]>("command") { Description = "Command and arguments for the container.", Arity = ArgumentArity.ZeroOrMore };
        var name = new Option<string?>("--name") { Description = "Container name." };
        var ports = new Option<string[]>("--publish", "-p") { Description = "Port mapping HOST:CONTAINER (repeatable)." };
        var env = new Option<string[]>("--env", "-e") { Description = "Environment variable K=V (repeatable)." };
        var volumes = new Option<string[]>("--volume", "-v") { Description = "Volume SOURCE:TARGET[:ro] (repeatable)." };
        var network = new Option<string?>("--network") { Description = "Network: host, none, bridge or a name." };
        var user = new Option<string?>("--user", "-u") { Description = "User (name or uid[:gid])." };
        var restart = new Option<string?>("--restart") { Description = "no, always, on-failure or unless-stopped." };
        var replace = new Option<bool>("--replace") { Description = "Replace a container that already has this name." };
        var detach = new Option<bool>("--detach", "-d") { Description = "Start the container and return." };
        var host = DockerCommandOptions.Host();
        var command = new Command("run", "Run a container on the Docker engine and stream its logs.")
        {
            image, commandLine, name, ports, env, volumes, network, user, restart, replace, detach, host,
        };
        command.SetAction((parse, cancellationToken) => DockerCommandOptions.RunAsync(console, "run", async ct =>
        {
            var request = new ContainerRunRequest(parse.GetValue(image)!)
            {
                Name = parse.GetValue(name),
                Ports = parse.GetValue(ports) ?? [],
                Environment = DockerCommandOptions.Pairs(parse.GetValue(env), "--env"),
                Volumes = parse.GetValue(volumes) ?? [],
                Network = parse.GetValue(network),
                User = parse.GetValue(user),
                Restart = parse.GetValue(restart),
                Command = parse.GetValue(commandLine) ?? [],
            };
            using var engine = await DockerCommandOptions.ConnectAsync(parse.GetValue(host), ct).ConfigureAwait(false);
            var runner = new ContainerRunner(engine);
            var allowReplace = parse.GetValue(replace);
            var id = await runner.RunAsync(request, (_, _) => Task.FromResult(allowReplace), ct).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"Started {(request.Name ?? id[..12])}").ConfigureAwait(false);
            if (parse.GetValue(detach)) return ExitCodes.Success;
            await runner.StreamLogsAsync(id, new InlineProgress<ContainerLogLine>(l =>
            {
                if (l.IsError) console.Error.WriteLine(l.Text);
                else console.Out.WriteLine(l.Text);
            }), ct).ConfigureAwait(false);
            var exit = await runner.WaitForExitAsync(id, ct).ConfigureAwait(false);
            await console.Out.WriteLineAsync($"The container exited with code {exit}.").ConfigureAwait(false);
            return exit == 0 ? ExitCodes.Success : 1;
        }, cancellationToken));
        return command;
    }
}
