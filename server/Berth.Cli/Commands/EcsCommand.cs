using System.CommandLine;

namespace Berth.Cli.Commands;

/// <summary><c>berth ecs list</c>: the ECS instances the manifest's deploy.ecs targets, with their state.</summary>
public static class EcsCommand
{
    public static Command Create(CliConsole console)
    {
        var file = DeployCommandSupport.FileOption();
        var environment = DeployCommandSupport.EnvironmentOption();
        var profile = DeployCommandSupport.ProfileOption();
        var list = new Command("list", "List the ECS instances the manifest would deploy to.") { file, environment, profile };
        list.SetAction((parse, cancellationToken) => DeployCommandSupport.RunAsync("ecs list", console, parse, file, environment, profile, async context =>
        {
            var instances = await context.Deployer.ListAsync(context.Manifest, cancellationToken).ConfigureAwait(false);
            if (instances.Count == 0)
            {
                await console.Error.WriteLineAsync("berth ecs list: no ECS instance matches deploy.ecs; check its tags or instanceIds and the region.").ConfigureAwait(false);
                return ExitCodes.Findings;
            }
            foreach (var instance in instances)
            {
                var tags = string.Join(",", instance.Tags.Select(t => $"{t.Key}={t.Value}"));
                await console.Out.WriteLineAsync($"{instance.InstanceId}\t{instance.Name}\t{instance.Status}\t{instance.PrivateIp ?? "-"}\t{tags}").ConfigureAwait(false);
            }
            return ExitCodes.Success;
        }, cancellationToken));
        return new Command("ecs", "Alibaba Cloud ECS instances.") { list };
    }
}
