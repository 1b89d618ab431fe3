using Berth.Dockerfile;
using Berth.Dockerfile.Diagnostics;
using Berth.Manifest.Environments;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.CrossChecks;

/// <summary>
/// Checks that span the manifest, the Dockerfile and the files around them; re-run when either file
/// changes. The base manifest and each environment merged over it are checked, and a finding shared by
/// several is reported once. Pure: files are asked through <see cref="IManifestFileSystem"/>.
/// </summary>
public static class ManifestCrossChecks
{
    /// <param name="manifest">The parsed manifest.</param>
    /// <param name="manifestDirectory">The absolute folder of the manifest; relative paths start there.</param>
    /// <param name="files">File-system facts (the workspace's, or a test's).</param>
    /// <param name="dockerfileOverride">The Dockerfile as the editor has it, when open; otherwise it is read through <paramref name="files"/>.</param>
    public static IReadOnlyList<Diagnostic> Check(ManifestDocument manifest, string manifestDirectory, IManifestFileSystem files, DockerfileDocument? dockerfileOverride = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(files);
        if (manifest.Root is not MappingNode root) return [];
        var findings = new List<Diagnostic>();
        var seen = new HashSet<(int, int, string)>();
        foreach (var tree in TreesToCheck(root))
        {
            var dockerfile = dockerfileOverride ?? ReadDockerfile(tree, manifestDirectory, files);
            var context = new CrossCheckContext(tree, manifestDirectory, files, dockerfile is null ? null : DockerfileFacts.From(dockerfile));
            FileChecks.Run(context);
            DockerfileChecks.Run(context);
            SecretChecks.Run(context);
            foreach (var finding in context.Findings)
            {
                if (seen.Add((finding.Span.Start, finding.Span.Length, finding.Message))) findings.Add(finding);
            }
        }
        return findings.OrderBy(f => f.Span.Start).ToList();
    }

    /// <summary>The Dockerfile a manifest builds, read through <paramref name="files"/>; null when it doesn't exist.</summary>
    public static DockerfileDocument? ReadDockerfile(ManifestDocument manifest, string manifestDirectory, IManifestFileSystem files) =>
        manifest.Root is MappingNode root ? ReadDockerfile(root, manifestDirectory, files) : null;

    private static DockerfileDocument? ReadDockerfile(MappingNode root, string manifestDirectory, IManifestFileSystem files)
    {
        var relative = new ManifestPath(["build", "dockerfile"]).Resolve(root) is ScalarNode { Kind: ScalarKind.String } written ? written.Value : "Dockerfile";
        var text = files.ReadText(Path.GetFullPath(Path.Combine(manifestDirectory, relative)));
        return text is null ? null : DockerfileDocument.Parse(text);
    }

    private static IEnumerable<MappingNode> TreesToCheck(MappingNode root)
    {
        yield return EnvironmentMerge.Apply(root, null);
        if (root["environments"] is not MappingNode environments) yield break;
        foreach (var environment in environments.Properties)
        {
            if (environment.Value is MappingNode overrides) yield return EnvironmentMerge.Apply(root, overrides);
        }
    }
}
