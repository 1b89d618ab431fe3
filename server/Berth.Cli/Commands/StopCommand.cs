using System.CommandLine;
using Berth.Docker.Run;

namespace Berth.Cli.Commands;

/// <summary><c>berth stop NAME</c>: stops and removes the container; 1 when there is no such container.</summary>
public static class StopCommand
{
    public static Command Create(CliConsole console)
    {
        var name = new Argument<string>("name") { Description = "Container name or id." };
        var host = DockerCommandOptions.Host();
        var command = new Command("stop", "Stop and remove a container.") { name, host };
        command.SetAction((parse, cancellationToken) => DockerCommandOptions.RunAsync(console, "stop", async ct =>
        {
            using var engine = await DockerCommandOptions.ConnectAsync(parse.GetValue(host), ct).ConfigureAwait(false);
            var target = parse.GetValue(name)!;
            if (await new ContainerRunner(engine).StopAsync(target, ct).ConfigureAwait(false))
            {
                await console.Out.WriteLineAsync($"Stopped and removed {target}.").ConfigureAwait(false);
                return ExitCodes.Success;
            }
            await console.Error.WriteLineAsync($"berth stop: no container named {target}; `docker ps -a` lists them.").ConfigureAwait(false);
            return 1;
        }, cancellationToken));
        return command;
    }
}
