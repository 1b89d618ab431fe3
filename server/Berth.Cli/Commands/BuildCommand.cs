using System.CommandLine;
using Berth.Docker.Build;
using Berth.Docker.Context;

namespace Berth.Cli.Commands;

/// <summary><c>berth build [CONTEXT] [--file F] [--tag T]... [--target S] [--build-arg K=V]...</c> on the Docker engine.</summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var context = new Argument<string?>("context") { Description = "The build context folder (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "The Dockerfile (default: CONTEXT/Dockerfile)." };
        var tags = DockerCommandOptions.Tags();
        var target = new Option<string?>("--target") { Description = "The stage to build." };
        var buildArgs = new Option<string[]>("--build-arg") { Description = "A build argument K=V (repeatable)." };
        var labels = new Option<string[]>("--label") { Description = "An image label K=V (repeatable)." };
        var platform = new Option<string?>("--platform") { Description = "Target platform, for example linux/amd64." };
        var noCache = new Option<bool>("--no-cache") { Description = "Do not use the build cache." };
        var pull = new Option<bool>("--pull") { Description = "Always try to pull newer base images." };
        var host = DockerCommandOptions.Host();
        var command = new Command("build", "Build an image on the Docker engine.") { context, file, tags, target, buildArgs, labels, platform, noCache, pull, host };
        command.SetAction((parse, cancellationToken) => DockerCommandOptions.RunAsync(console, "build", async ct =>
        {
            var folder = Path.GetFullPath(parse.GetValue(context) ?? ".", console.CurrentDirectory);
            var dockerfile = parse.GetValue(file) is { } f ? Path.GetFullPath(f, console.CurrentDirectory) : null;
            var request = new ImageBuildRequest(BuildContextSource.Create(folder, dockerfile))
            {
                Tags = parse.GetValue(tags) ?? [],
                Target = parse.GetValue(target),
                BuildArgs = DockerCommandOptions.Pairs(parse.GetValue(buildArgs), "--build-arg"),
                Labels = DockerCommandOptions.Pairs(parse.GetValue(labels), "--label"),
                Platform = parse.GetValue(platform),
                NoCache = parse.GetValue(noCache),
                Pull = parse.GetValue(pull),
            };
            using var engine = await DockerCommandOptions.ConnectAsync(parse.GetValue(host), ct).ConfigureAwait(false);
            var progress = new ProgressLine(console);
            var result = await new ImageBuilder(engine).BuildAsync(request, new InlineProgress<BuildProgress>(p =>
            {
                if (p.Line is { } line) progress.Log(line);
                if (p.Percentage is { } percent) progress.Bar(percent, $"step {p.Step}/{p.TotalSteps}");
            }), ct).ConfigureAwait(false);
            progress.Done();
            await console.Out.WriteLineAsync($"Built {result.ImageId}{(result.Tags.Count > 0 ? " as " + string.Join(", ", result.Tags) : "")}").ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
