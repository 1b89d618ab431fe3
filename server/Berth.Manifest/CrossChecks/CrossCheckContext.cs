using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.CrossChecks;

/// <summary>What every cross-check reads: the manifest tree (one environment applied), where it lives, the files around it, the Dockerfile.</summary>
internal sealed class CrossCheckContext(MappingNode root, string manifestDirectory, IManifestFileSystem files, DockerfileFacts? dockerfile)
{
    public MappingNode Root { get; } = root;

    public IManifestFileSystem Files { get; } = files;

    /// <summary>Null when the Dockerfile is missing (that is reported once, by the file check).</summary>
    public DockerfileFacts? Dockerfile { get; } = dockerfile;

    public List<Diagnostic> Findings { get; } = [];

    public ManifestNode? At(params object[] path) => new ManifestPath(path).Resolve(Root);

    public ManifestProperty? PropertyAt(params object[] path) => new ManifestPath(path).ResolveProperty(Root);

    public string? TextAt(params object[] path) => At(path) is ScalarNode { Kind: not ScalarKind.Null } scalar ? scalar.Value : null;

    public string Resolve(string relative) => Path.GetFullPath(Path.Combine(manifestDirectory, relative));

    /// <summary>Where to point when a default (not written) value is at fault: the section's key, else the start of the file.</summary>
    public TextSpan SpanForDefault(string section) =>
        Root.Find(section)?.Key.Span ?? (Root.Properties.Count > 0 ? Root.Properties[0].Key.Span : new TextSpan(0, 0));
}
