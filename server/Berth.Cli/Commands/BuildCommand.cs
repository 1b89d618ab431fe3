using System.CommandLine;
using Berth.Docker.Build;
using Berth.Manifest.Model;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth build [CONTEXT] [--file F] [--manifest M] [--env E] [--tag T]... [--target S] [--build-arg K=V]...</c> on
/// the Docker engine. The manifest's <c>build</c> section and image name are the defaults; the flags override them
/// (a --build-arg or --label wins for its key, --tag replaces the manifest's image reference).
/// </summary>
public static class BuildCommand
{
    public static Command Create(CliConsole console)
    {
        var context = new Argument<string?>("context") { Description = "The build context folder (default: the manifest's build.context, else the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "The Dockerfile (default: the manifest's build.dockerfile, else CONTEXT/Dockerfile)." };
        var manifestFile = DockerCommandOptions.ManifestFile();
        var environment = DockerCommandOptions.ManifestEnvironment();
        var tags = DockerCommandOptions.Tags();
        var target = new Option<string?>("--target") { Description = "The stage to build." };
        var buildArgs = new Option<string[]>("--build-arg") { Description = "A build argument K=V (repeatable)." };
        var labels = new Option<string[]>("--label") { Description = "An image label K=V (repeatable)." };
        var platform = new Option<string?>("--platform") { Description = "Target platform, for example linux/amd64." };
        var noCache = new Option<bool>("--no-cache") { Description = "Do not use the build cache." };
        var pull = new Option<bool>("--pull") { Description = "Always try to pull newer base images." };
        var host = DockerCommandOptions.Host();
        var command = new Command("build", "Build an image on the Docker engine.")
        {
            context, file, manifestFile, environment, tags, target, buildArgs, labels, platform, noCache, pull, host,
        };
        command.SetAction((parse, cancellationToken) => DockerCommandOptions.RunAsync(console, "build", async ct =>
        {
            var contextFolder = parse.GetValue(context) is { } c ? Path.GetFullPath(c, console.CurrentDirectory) : null;
            var dockerfile = parse.GetValue(file) is { } f ? Path.GetFullPath(f, console.CurrentDirectory) : null;
            // The manifest next to the Dockerfile (the current folder when neither is given).
            var searchFolder = dockerfile is not null ? Path.GetDirectoryName(dockerfile)! : contextFolder ?? console.CurrentDirectory;
            var manifest = DockerCommandOptions.LoadManifest(console, parse.GetValue(manifestFile), parse.GetValue(environment), searchFolder);
            var spec = manifest?.Manifest.Build ?? BuildSpec.Default;
            var folder = manifest?.Folder ?? console.CurrentDirectory;
            spec = spec with
            {
                Context = contextFolder ?? spec.Context,
                Dockerfile = dockerfile ?? (manifest is null ? Path.Combine(contextFolder ?? folder, "Dockerfile") : spec.Dockerfile),
                Target = parse.GetValue(target) ?? spec.Target,
                Args = DockerCommandOptions.Merge(spec.Args, DockerCommandOptions.Pairs(parse.GetValue(buildArgs), "--build-arg")),
                Labels = DockerCommandOptions.Merge(spec.Labels, DockerCommandOptions.Pairs(parse.GetValue(labels), "--label")),
                Platform = parse.GetValue(platform) ?? spec.Platform,
                NoCache = parse.GetValue(noCache) || spec.NoCache,
                Pull = parse.GetValue(pull) || spec.Pull,
            };
            IReadOnlyList<string> references = parse.GetValue(tags) is { Length: > 0 } given ? given
                : manifest is not null ? [manifest.Manifest.Image.Reference]
                : [];
            var request = ManifestBuildRequest.From(spec, folder, references);
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
