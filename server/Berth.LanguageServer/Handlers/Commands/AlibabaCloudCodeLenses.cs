using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.Manifest;
using Berth.Manifest.Model;
using Berth.Workspace.Cloud;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>
/// The "Push to Alibaba Cloud" and "Deploy to ECS" code lenses, on a Dockerfile (with the engine lenses) and at
/// the top of berth.yaml; offered only when the manifest has registry.provider: acr / a deploy.ecs section. An
/// open berth.yaml is read from the editor's text; the one next to a Dockerfile from disk.
/// </summary>
public static class AlibabaCloudCodeLenses
{
    public static IReadOnlyList<CodeLens> For(DocumentSnapshot snapshot, Protocol.Range range, DocumentStore documents)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(documents);
        var manifest = snapshot.IsManifest ? snapshot.Manifest.Model : NextTo(snapshot.Uri, documents);
        if (manifest is null) return [];
        var arguments = new JArray(snapshot.Uri);
        var lenses = new List<CodeLens>();
        if (string.Equals(manifest.Registry?.Provider, "acr", StringComparison.OrdinalIgnoreCase))
            lenses.Add(new CodeLens(range, new LspCommand("Push to Alibaba Cloud", AlibabaCloudCommands.PushAcr, arguments)));
        if (manifest.Deploy.Ecs is not null)
            lenses.Add(new CodeLens(range, new LspCommand("Deploy to ECS", AlibabaCloudCommands.Deploy, arguments)));
        return lenses;
    }

    private static BerthManifest? NextTo(string dockerfileUri, DocumentStore documents)
    {
        if (!Uri.TryCreate(dockerfileUri, UriKind.Absolute, out var uri) || !uri.IsFile) return null;
        var path = DeployManifestLoader.Find(Path.GetDirectoryName(uri.LocalPath)!);
        if (path is null) return null;
        if (documents.Get(new Uri(path).AbsoluteUri) is { IsManifest: true } open) return open.Manifest.Model;
        try
        {
            return ManifestDocument.Parse(File.ReadAllText(path), path).Model;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable manifest offers no cloud lenses; running a command would say why.
            return null;
        }
    }
}
