using Berth.Docker.Context;
using Berth.Manifest.Model;

namespace Berth.Docker.Build;

/// <summary>
/// The manifest's <c>build</c> section as an <see cref="ImageBuildRequest"/>: context and Dockerfile (relative to
/// the manifest's folder), target, args, labels, platform, no-cache and pull, tagged with the given references.
/// </summary>
public static class ManifestBuildRequest
{
    public static ImageBuildRequest From(BuildSpec build, string manifestFolder, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(build);
        var context = Path.GetFullPath(build.Context, manifestFolder);
        var dockerfile = Path.GetFullPath(build.Dockerfile, manifestFolder);
        return new ImageBuildRequest(BuildContextSource.Create(context, dockerfile))
        {
            Tags = tags,
            Target = build.Target,
            BuildArgs = build.Args,
            Labels = build.Labels,
            Platform = build.Platform,
            NoCache = build.NoCache,
            Pull = build.Pull,
        };
    }
}
