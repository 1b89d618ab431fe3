using System.CommandLine;
using Berth.Docker.Push;
using Berth.Workspace.Cloud;

namespace Berth.Cli.Commands;

/// <summary>
/// The Alibaba Cloud branch of <c>berth push</c>. It is taken when the manifest (berth.yaml in the current folder,
/// or --file) has <c>registry.provider: acr</c> and neither <c>--tag</c> nor <c>--registry docker</c> asks for a plain
/// push; <c>--registry acr</c> insists on it. It gets a temporary Container Registry token (personal or enterprise),
/// creates the namespace and repository when createIfMissing, pushes through the engine with that token, and prints
/// the pushed reference, its digest and the repository's ACR console link.
/// </summary>
public static class PushToAcr
{
    public const string Auto = "auto";
    public const string Acr = "acr";
    public const string Docker = "docker";

    public static Option<string> RegistryOption() => new Option<string>("--registry")
    {
        Description = "auto (default): Container Registry when berth.yaml says registry.provider: acr and no --tag is given; "
            + "acr: always the manifest's Container Registry; docker: a plain push with docker's own credentials.",
        DefaultValueFactory = _ => Auto,
    }.AcceptOnlyFromAmong(Auto, Acr, Docker);

    /// <summary>Whether this push goes to the manifest's Container Registry.</summary>
    public static bool Applies(string? registry, string? tag, string currentDirectory, string? manifestFile, string? environment)
    {
        if (registry == Acr) return true;
        if (registry == Docker || tag is not null) return false;
        if (manifestFile is null && DeployManifestLoader.Find(currentDirectory) is null) return false;
        try
        {
            var loaded = DeployManifestLoader.Load(manifestFile, currentDirectory, environment, Environment.GetEnvironmentVariable);
            return string.Equals(loaded.Manifest.Registry?.Provider, Acr, StringComparison.OrdinalIgnoreCase);
        }
        catch (ManifestLoadException)
        {
            // A manifest with errors does not switch the push over; a plain push of IMAGE still works.
            return false;
        }
    }

    public static Task<int> RunAsync(
        CliConsole console, string? localImage, string? manifestFile, string? environment, string? profile, string? host, CancellationToken cancellationToken) =>
        DockerCommandOptions.RunAsync(console, "push", ct => DeployCommandSupport.RunAsync("push", console, manifestFile, environment, profile, async context =>
        {
            using var engine = await DockerCommandOptions.ConnectAsync(host, ct).ConfigureAwait(false);
            var progress = new ProgressLine(console);
            var result = await AcrPush.PushAsync(context.Deployer, context.Manifest, localImage, engine, context.Progress, new InlineProgress<PushProgress>(p =>
            {
                if (console.OutputIsTerminal) progress.Bar(p.Percentage, p.Message);
                else progress.Log($"{p.Percentage,3}% {p.Message}");
            }), ct).ConfigureAwait(false);
            progress.Done();
            await console.Out.WriteLineAsync($"Pushed {result.Reference}@{result.Digest}").ConfigureAwait(false);
            await console.Out.WriteLineAsync($"Repository in the ACR console: {result.ConsoleUrl}").ConfigureAwait(false);
            return ExitCodes.Success;
        }, ct), cancellationToken);
}
