using Berth.Manifest;
using Berth.Manifest.Templates;

namespace Berth.Workspace.Cloud;

/// <summary>
/// Finds and resolves the manifest the Alibaba Cloud actions work from, the same way for the CLI and the
/// editor: an explicit path, or berth.yaml / berth.yml / berth.json in a folder; the environment overlay
/// applied; tag templates filled from git and the clock; ${env:NAME} from the given environment.
/// </summary>
public static class DeployManifestLoader
{
    public static readonly string[] ManifestNames = ["berth.yaml", "berth.yml", "berth.json"];

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none.</summary>
    public static string? Find(string folder) =>
        ManifestNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);

    public static LoadedManifest Load(string? file, string currentDirectory, string? environment, Func<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(currentDirectory);
        ArgumentNullException.ThrowIfNull(variables);
        var path = file is not null ? Path.GetFullPath(file, currentDirectory) : Find(currentDirectory);
        if (path is null || !File.Exists(path))
        {
            throw new ManifestLoadException(file is null
                ? $"no berth.yaml here ({currentDirectory}). Run the command next to your manifest, or pass --manifest FILE."
                : $"the manifest {path} does not exist. Check the --manifest path.");
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new ManifestLoadException($"cannot read {path}: {error.Message}");
        }
        var document = ManifestDocument.Parse(text, path);
        var folder = Path.GetDirectoryName(path)!;
        var resolution = ManifestResolver.Resolve(document, environment, new TemplateValues(GitFacts.Read(folder, "rev-parse", "HEAD"),
            GitFacts.Read(folder, "rev-parse", "--abbrev-ref", "HEAD"), DateTimeOffset.UtcNow), variables);
        if (resolution.Manifest is null)
        {
            var problems = resolution.Diagnostics.Select(diagnostic =>
            {
                var position = document.Lines.PositionOf(diagnostic.Span.Start);
                return $"{path}:{position.Line + 1}:{position.Character + 1}: {diagnostic.Code}: {diagnostic.Message}";
            }).ToList();
            throw new ManifestLoadException($"fix {Path.GetFileName(path)} (the errors above) and run the command again.", problems);
        }
        return new LoadedManifest(resolution.Manifest, path);
    }
}
