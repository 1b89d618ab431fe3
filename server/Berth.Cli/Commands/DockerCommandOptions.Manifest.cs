using System.CommandLine;
using Berth.Manifest;
using Berth.Manifest.Model;
using Berth.Manifest.Templates;
using Berth.Workspace.Cloud;

namespace Berth.Cli.Commands;

/// <summary>
/// The manifest options of build, run and push: <c>--manifest FILE</c> (default: berth.yaml, berth.yml or
/// berth.json next to the Dockerfile or in the current folder) and <c>--env NAME</c> (an <c>environments</c>
/// overlay). Command-line flags then override what the manifest says. A named manifest that is missing, an
/// unknown environment or an invalid manifest is a usage error (exit 2) that shows the manifest's diagnostics.
/// </summary>
internal static partial class DockerCommandOptions
{
    public static readonly string[] ManifestNames = DeployManifestLoader.ManifestNames;

    public static Option<string?> ManifestFile() => new("--manifest", "-m")
    {
        Description = "The manifest to use (default: berth.yaml, berth.yml or berth.json next to the Dockerfile, or in the current folder).",
    };

    public static Option<string?> ManifestEnvironment() => new("--env")
    {
        Description = "Apply this environment of the manifest (a key under environments).",
    };

    /// <summary>
    /// The manifest to use, resolved with <paramref name="environment"/>: the one named, else the first manifest in
    /// <paramref name="searchFolder"/>; null when none was named and none is there (and no environment was asked for).
    /// </summary>
    public static DockerCommandManifest? LoadManifest(CliConsole console, string? named, string? environment, string searchFolder)
    {
        ArgumentNullException.ThrowIfNull(console);
        var path = named is not null
            ? Path.GetFullPath(named, console.CurrentDirectory)
            : ManifestNames.Select(n => Path.Combine(searchFolder, n)).FirstOrDefault(File.Exists);
        if (named is not null && !File.Exists(path))
            throw new CommandUsageException($"the manifest {path} does not exist; check the --manifest path.");
        if (path is null)
        {
            if (environment is null) return null;
            throw new CommandUsageException($"--env {environment} needs a manifest, and there is no berth.yaml in {searchFolder}; pass --manifest FILE.");
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandUsageException($"cannot read the manifest {path} ({e.Message}); check its permissions.");
        }
        var document = ManifestDocument.Parse(text, path);
        var folder = Path.GetDirectoryName(path)!;
        var resolution = ManifestResolver.Resolve(document, environment,
            new TemplateValues(GitFacts.Read(folder, "rev-parse", "HEAD"), GitFacts.Read(folder, "rev-parse", "--abbrev-ref", "HEAD"), DateTimeOffset.UtcNow),
            Environment.GetEnvironmentVariable);
        if (resolution.Manifest is null)
        {
            foreach (var diagnostic in resolution.Diagnostics)
            {
                var position = document.Lines.PositionOf(diagnostic.Span.Start);
                console.Error.WriteLine($"{path}:{position.Line + 1}:{position.Character + 1}: {diagnostic.Code}: {diagnostic.Message}");
            }
            throw new CommandUsageException($"{Path.GetFileName(path)} can't be used as it is (the errors above); fix it and run the command again.");
        }
        return new DockerCommandManifest(path, resolution.Manifest);
    }

    /// <summary>KEY=VALUE flags over the manifest's map: a flag wins for its key.</summary>
    public static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> manifest, Dictionary<string, string> flags)
    {
        var merged = new Dictionary<string, string>(manifest, StringComparer.Ordinal);
        foreach (var (key, value) in flags) merged[key] = value;
        return merged;
    }
}

/// <summary>A manifest read from <see cref="Path"/> with its environment applied.</summary>
internal sealed record DockerCommandManifest(string Path, BerthManifest Manifest)
{
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The container name berth.run gives this folder in the editor too: berth-&lt;folder&gt;.</summary>
    public string ContainerName => "berth-" + Berth.Manifest.Authoring.ManifestTemplate.ImageNameFor(new DirectoryInfo(Folder).Name);
}
