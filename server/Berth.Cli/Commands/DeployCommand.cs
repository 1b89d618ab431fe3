using System.CommandLine;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth deploy [--env NAME] [--dry-run]</c>: rolls the manifest's image (already pushed) out onto
/// its ECS instances in batches. --dry-run prints the plan and the script with secrets masked and
/// changes nothing. Exit 0 deployed, 1 failed (earlier instances keep what they ran), 2 bad input.
/// </summary>
public static class DeployCommand
{
    public static Command Create(CliConsole console)
    {
        var file = DeployCommandSupport.FileOption();
        var environment = DeployCommandSupport.EnvironmentOption();
        var profile = DeployCommandSupport.ProfileOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan and the deploy script (secrets masked) without changing anything." };
        var command = new Command("deploy", "Deploy the manifest's image to its ECS instances.") { file, environment, profile, dryRun };
        command.SetAction((parse, cancellationToken) => DeployCommandSupport.RunAsync("deploy", console, parse, file, environment, profile, async context =>
        {
            var plan = await context.Deployer.PlanAsync(context.Manifest, cancellationToken).ConfigureAwait(false);
            if (parse.GetValue(dryRun))
            {
                await console.Out.WriteAsync(plan.Describe()).ConfigureAwait(false);
                return ExitCodes.Success;
            }
            var result = await context.Deployer.ExecuteAsync(context.Manifest, plan, cancellationToken).ConfigureAwait(false);
            foreach (var instance in result.Instances)
            {
                await console.Out.WriteLineAsync($"{instance.InstanceId}\t{instance.Name}\t{instance.Status}\t{instance.NowRunning}").ConfigureAwait(false);
            }
            if (!result.Succeeded)
            {
                await console.Error.WriteLineAsync("berth deploy: " + result.FailureMessage).ConfigureAwait(false);
                return ExitCodes.Findings;
            }
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
