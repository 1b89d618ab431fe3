using Berth.Dockerfile;
using Berth.Dockerfile.Text;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Editor;

/// <summary>Where a definition is: a file (absolute path) and a range in it (the start of the file when null).</summary>
public sealed record ManifestDefinitionTarget(string Path, LineRange? Range, TextSpan OriginSpan);

/// <summary>Go to definition: from `build.target` to the stage's name in the Dockerfile, from `build.dockerfile` (and `run.envFile`) to the file.</summary>
public static class ManifestDefinition
{
    public static ManifestDefinitionTarget? Find(ManifestDocument manifest, int offset, string manifestDirectory, DockerfileDocument? dockerfile)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var found = ManifestNodeFinder.Find(manifest.Root, offset);
        if (found is not { OnValue: true, Node: ScalarNode { Kind: ScalarKind.String } value }) return null;
        var dockerfilePath = Path.GetFullPath(Path.Combine(manifestDirectory, manifest.Model.Build.Dockerfile));
        switch (found.Path.ToString())
        {
            case "build.dockerfile":
                return new ManifestDefinitionTarget(dockerfilePath, null, value.Span);
            case "run.envFile":
                return new ManifestDefinitionTarget(Path.GetFullPath(Path.Combine(manifestDirectory, value.Value)), null, value.Span);
            case "build.target" when dockerfile is not null:
                var stage = DockerfileFacts.From(dockerfile).Stage(value.Value);
                if (stage?.NameSpan is not { } nameSpan) return null;
                return new ManifestDefinitionTarget(dockerfilePath, dockerfile.Lines.RangeOf(nameSpan), value.Span);
            default:
                return null;
        }
    }
}
