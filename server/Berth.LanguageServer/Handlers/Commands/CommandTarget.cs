using Berth.Manifest;
using Berth.Manifest.Model;
using Berth.Manifest.Templates;
using Berth.LanguageServer.Protocol;
using StreamJsonRpc;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>
/// What a command acts on, from the file the user picked: the Dockerfile, the berth.yaml next to it (either way
/// round), and the build/run settings from that manifest, or the defaults when there is none: context = the
/// Dockerfile's folder, tag = berth-local/&lt;folder&gt;:latest.
/// </summary>
public sealed record CommandTarget(string DockerfilePath, string? ManifestPath, string ContextFolder, BerthManifest? Manifest, string ImageReference)
{
    public static readonly string[] ManifestNames = ["berth.yaml", "berth.yml", "berth.json"];

    /// <summary>The folder the picked file is in.</summary>
    public string Folder => Path.GetDirectoryName(DockerfilePath)!;

    /// <summary>The default container name for run/stop: berth-&lt;folder&gt;.</summary>
    public string ContainerName => "berth-" + Berth.Manifest.Authoring.ManifestTemplate.ImageNameFor(new DirectoryInfo(Folder).Name);

    public static CommandTarget FromArguments(string command, Newtonsoft.Json.Linq.JArray? arguments)
    {
        var uriText = arguments is { Count: > 0 } && arguments[0].Type == Newtonsoft.Json.Linq.JTokenType.String ? (string?)arguments[0] : null;
        if (uriText is null || !Uri.TryCreate(uriText, UriKind.Absolute, out var uri) || !uri.IsFile)
            throw Fail(LspErrorCodes.InvalidParams, $"{command} needs the file:// URI of a Dockerfile or berth.yaml as its first argument.");
        return FromFile(uri.LocalPath);
    }

    public static CommandTarget FromFile(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var isManifest = ManifestNames.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase);
        var manifestPath = isManifest ? path : ManifestNames.Select(n => Path.Combine(folder, n)).FirstOrDefault(File.Exists);
        var manifest = manifestPath is null ? null : Resolve(manifestPath);
        var dockerfile = isManifest
            ? Path.GetFullPath(manifest?.Build.Dockerfile ?? "Dockerfile", folder)
            : path;
        if (!File.Exists(dockerfile))
            throw Fail(LspErrorCodes.RequestFailed, $"There is no Dockerfile at {dockerfile}; create it or set build.dockerfile in berth.yaml.");
        var context = manifest is null ? Path.GetDirectoryName(dockerfile)! : Path.GetFullPath(manifest.Build.Context, folder);
        var image = manifest?.Image.Reference
            ?? $"berth-local/{Berth.Manifest.Authoring.ManifestTemplate.ImageNameFor(new DirectoryInfo(Path.GetDirectoryName(dockerfile)!).Name)}:latest";
        return new CommandTarget(dockerfile, manifestPath, context, manifest, image);
    }

    private static BerthManifest Resolve(string manifestPath)
    {
        string text;
        try
        {
            text = File.ReadAllText(manifestPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Fail(LspErrorCodes.RequestFailed, $"Berth could not read {manifestPath} ({e.Message}); check its permissions.");
        }
        var resolution = ManifestResolver.Resolve(ManifestDocument.Parse(text, manifestPath), null,
            new TemplateValues(null, null, DateTimeOffset.UtcNow), Environment.GetEnvironmentVariable);
        return resolution.Manifest
            ?? throw Fail(LspErrorCodes.RequestFailed, $"{Path.GetFileName(manifestPath)} has errors (see the Problems panel); fix them and try again.");
    }

    public static LocalRpcException Fail(int code, string message) => new(message) { ErrorCode = code };
}
