using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Berth.Dockerfile;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Model;

namespace Berth.Manifest.Authoring;

/// <summary>
/// Writes the commented berth.yaml `berth init` creates for a Dockerfile: the image named after the folder,
/// the ports the final stage EXPOSEs published one to one, the last stage as the build target, and the
/// registry and deploy sections commented out with their options. The result validates cleanly.
/// </summary>
public static partial class ManifestTemplate
{
    public const string SchemaUrl = "https://github.com/berth-tools/berth/blob/main/schemas/berth.schema.json";

    /// <param name="dockerfile">The Dockerfile the manifest will build.</param>
    /// <param name="folderName">The name of the folder the manifest goes in (the image is named after it).</param>
    /// <param name="dockerfilePath">The Dockerfile's path relative to that folder.</param>
    public static string Write(DockerfileDocument dockerfile, string folderName, string dockerfilePath = "Dockerfile")
    {
        ArgumentNullException.ThrowIfNull(dockerfile);
        ArgumentNullException.ThrowIfNull(folderName);
        var facts = DockerfileFacts.From(dockerfile);
        var last = facts.Stage(null);
        var name = ImageNameFor(folderName);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line($"# yaml-language-server: $schema={SchemaUrl}");
        Line($"# How Berth builds, runs, pushes and deploys the image of {dockerfilePath}.");
        Line("# Hover any key in the editor for what it does; `berth lint` checks this file with the Dockerfile.");
        Line("version: 1");
        Line();
        Line("image:");
        Line($"  name: {name}  # the repository name: lower-case letters, digits, \".\", \"_\", \"-\"");
        Line("  tag: latest  # or a template: \"{git.shortSha}\", \"{git.branch}-{date}\", \"v1-{timestamp}\"");
        Line();
        Line("build:");
        Line("  context: .");
        Line($"  dockerfile: {Quote(dockerfilePath)}");
        if (last?.Name is { } target && facts.Stages.Count > 1) Line($"  target: {Quote(target)}  # the last stage of the Dockerfile");
        Line("  # args:");
        Line("  #   APP_VERSION: \"1.0.0\"  # each needs an ARG in the Dockerfile");
        Line();
        Line("run:");
        var (ports, unknown) = last is null ? ([], false) : facts.ExposedBy(last);
        var published = ports.Where(p => p.First == p.Last).Select(p => p.First.ToString(CultureInfo.InvariantCulture) + ":" + p.First.ToString(CultureInfo.InvariantCulture) + (p.Protocol == "tcp" ? "" : "/" + p.Protocol)).Distinct().ToList();
        if (published.Count > 0)
        {
            Line("  ports:  # HOST:CONTAINER, from the Dockerfile's EXPOSE");
            foreach (var port in published) Line($"    - \"{port}\"");
        }
        else
        {
            Line(unknown ? "  # ports: [\"8080:8080\"]  # the Dockerfile EXPOSEs a port through a variable; publish it here" : "  # ports: [\"8080:8080\"]  # HOST:CONTAINER");
        }
        Line("  # env:");
        Line("  #   LOG_LEVEL: info");
        Line("  #   DB_PASSWORD: ${env:DB_PASSWORD}  # secrets come from your environment, never from this file");
        Line("  restart: unless-stopped");
        if (published.Count > 0 && ports.FirstOrDefault(p => p.Protocol == "tcp") is { } http)
        {
            Line("  # healthcheck:");
            Line($"  #   http: http://localhost:{http.First.ToString(CultureInfo.InvariantCulture)}/");
            Line("  #   interval: 30s");
        }
        Line();
        Line("# registry:  # Alibaba Cloud Container Registry");
        Line("#   region: cn-hangzhou");
        Line("#   edition: personal  # or enterprise, with instanceId: cri-...");
        Line("#   namespace: my-namespace");
        Line();
        Line("# alibabaCloud:");
        Line("#   profile: default  # a profile of the aliyun CLI (~/.aliyun/config.json)");
        Line();
        Line("# deploy:");
        Line("#   ecs:");
        Line("#     tags:");
        Line($"#       app: {name}");
        Line("#     batchSize: 1");
        Line();
        Line("# environments:  # deep-merged over the above with `berth deploy --env staging`");
        Line("#   staging:");
        Line("#     registry:");
        Line("#       namespace: my-namespace-staging");
        return text.ToString();
    }

    /// <summary>A valid ACR repository name made from a folder name: "My Shop_API" becomes "my-shop_api"; too short gives "app".</summary>
    public static string ImageNameFor(string folderName) => ImageNames.FromFolder(folderName);

    // Plain YAML is enough for ordinary paths; anything unusual is double-quoted.
    private static string Quote(string value) =>
        PlainSafe().IsMatch(value) ? value : "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"^[A-Za-z0-9_./-]+$")]
    private static partial Regex PlainSafe();
}
