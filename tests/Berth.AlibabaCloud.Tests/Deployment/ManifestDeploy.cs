using Berth.Manifest;
using Berth.Manifest.Model;
using Berth.Manifest.Syntax;
using Berth.Manifest.Templates;

namespace Berth.AlibabaCloud.Tests.Deployment;

/// <summary>Reads a berth.yaml text the way the CLI does, failing the test on any manifest error.</summary>
internal static class ManifestDeploy
{
    public static BerthManifest Resolve(string yaml, string? environment = null)
    {
        var document = ManifestDocument.Parse(yaml, ManifestFormat.Yaml);
        var resolution = ManifestResolver.Resolve(document, environment, new TemplateValues("0123456789abcdef", "main", DateTimeOffset.UnixEpoch), _ => null);
        Assert.True(resolution.Manifest is not null, string.Join("\n", resolution.Diagnostics.Select(d => d.Message)));
        return resolution.Manifest!;
    }
}
