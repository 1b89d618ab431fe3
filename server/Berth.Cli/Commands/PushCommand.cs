using System.CommandLine;
using Berth.Docker.Connection;
using Berth.Docker.Push;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth push IMAGE [--tag REGISTRY/NS/REPO:TAG]</c>: tags and pushes with the credentials docker keeps
/// (config.json auths, credsStore, credHelpers). The password is never taken on the command line.
/// With berth.yaml's registry.provider: acr (and no --tag, or --registry acr) it pushes to Alibaba Cloud
/// Container Registry with a temporary token instead: see <see cref="PushToAcr"/>.
/// </summary>
public static class PushCommand
{
    public static Command Create(CliConsole console)
    {
        var image = new Argument<string>("image") { Description = "The local image to push (for ACR: default image.name:image.tag from berth.yaml).", Arity = ArgumentArity.ZeroOrOne };
        var tag = new Option<string?>("--tag", "-t") { Description = "Where to push (default: IMAGE itself)." };
        var host = DockerCommandOptions.Host();
        var registry = PushToAcr.RegistryOption();
        var profile = DeployCommandSupport.ProfileOption();
        var command = new Command("push", "Push an image to a registry.") { image, tag, host, registry, profile };
        command.SetAction((parse, cancellationToken) => PushToAcr.Applies(parse.GetValue(registry), parse.GetValue(tag), console.CurrentDirectory, null, null)
            ? PushToAcr.RunAsync(console, parse.GetValue(image), null, null, parse.GetValue(profile), parse.GetValue(host), cancellationToken)
            : DockerCommandOptions.RunAsync(console, "push", async ct =>
        {
            var local = parse.GetValue(image)
                ?? throw new CommandUsageException("name the image to push (berth push IMAGE), or run it next to a berth.yaml with registry.provider: acr.");
            var target = ImageReference.Parse(parse.GetValue(tag) ?? local);
            var credentials = await new RegistryCredentialStore(DockerEnvironment.Current).FindAsync(target.Registry, ct).ConfigureAwait(false);
            using var engine = await DockerCommandOptions.ConnectAsync(parse.GetValue(host), ct).ConfigureAwait(false);
            var progress = new ProgressLine(console);
            var result = await new ImagePusher(engine).PushAsync(local, target, credentials, new InlineProgress<PushProgress>(p =>
            {
                if (console.OutputIsTerminal) progress.Bar(p.Percentage, p.Message);
                else progress.Log($"{p.Percentage,3}% {p.Message}");
            }), ct).ConfigureAwait(false);
            progress.Done();
            await console.Out.WriteLineAsync($"Pushed {result.Reference}@{result.Digest}").ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
