using System.CommandLine;
using Berth.Docker.Connection;
using Berth.Docker.Push;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth push IMAGE [--tag REGISTRY/NS/REPO:TAG]</c>: tags and pushes with the credentials docker keeps
/// (config.json auths, credsStore, credHelpers). The password is never taken on the command line.
/// </summary>
public static class PushCommand
{
    public static Command Create(CliConsole console)
    {
        var image = new Argument<string>("image") { Description = "The local image to push." };
        var tag = new Option<string?>("--tag", "-t") { Description = "Where to push (default: IMAGE itself)." };
        var host = DockerCommandOptions.Host();
        var command = new Command("push", "Push an image to a registry.") { image, tag, host };
        command.SetAction((parse, cancellationToken) => DockerCommandOptions.RunAsync(console, "push", async ct =>
        {
            var local = parse.GetValue(image)!;
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
