using System.Globalization;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Model;

/// <summary>
/// Turns a manifest tree into <see cref="BerthManifest"/>, filling in defaults. Tolerant on purpose: a value
/// of the wrong shape is skipped (the schema validator has already reported it), so the editor always has
/// a model to work with.
/// </summary>
public static class ManifestBinder
{
    /// <param name="root">The tree (with or without an environment merged in).</param>
    /// <param name="folderName">The manifest's folder name, which names the image when `image.name` is not written; null when unknown.</param>
    public static BerthManifest Bind(ManifestNode? root, string? folderName = null)
    {
        var top = root as MappingNode;
        var image = top?["image"] as MappingNode;
        var imageSpec = new ImageSpec(Text(image?["name"]) ?? ImageNames.FromFolder(folderName), Text(image?["tag"]) ?? ImageSpec.DefaultTag);
        var environments = (top?["environments"] as MappingNode)?.Properties.Select(p => p.Name).ToList() ?? [];
        return new BerthManifest(
            Integer(top?["version"]) ?? 0,
            imageSpec,
            BindBuild(top?["build"] as MappingNode),
            BindRun(top?["run"] as MappingNode),
            BindRegistry(top?["registry"] as MappingNode),
            BindAlibabaCloud(top?["alibabaCloud"] as MappingNode),
            new DeploySpec(BindEcs((top?["deploy"] as MappingNode)?["ecs"] as MappingNode)),
            environments);
    }

    private static BuildSpec BindBuild(MappingNode? build) => build is null ? BuildSpec.Default : new BuildSpec(
        Text(build["context"]) ?? ".",
        Text(build["dockerfile"]) ?? "Dockerfile",
        Text(build["target"]),
        Map(build["args"]),
        Text(build["platform"]),
        Map(build["labels"]),
        Boolean(build["noCache"]) ?? false,
        Boolean(build["pull"]) ?? false);

    private static RunSpec BindRun(MappingNode? run)
    {
        if (run is null) return RunSpec.Default;
        var ports = new List<PortMapping>();
        foreach (var item in (run["ports"] as SequenceNode)?.Items ?? [])
        {
            if (item is ScalarNode scalar && PortMapping.TryParse(scalar.Value, out var mapping, out _)) ports.Add(mapping!);
        }
        return new RunSpec(
            ports,
            Map(run["env"]),
            Text(run["envFile"]),
            Texts(run["volumes"]),
            Command(run["command"]),
            Command(run["entrypoint"]),
            Text(run["user"]),
            Text(run["restart"]) ?? "no",
            Text(run["network"]),
            BindHealthcheck(run["healthcheck"] as MappingNode));
    }

    private static HealthcheckSpec? BindHealthcheck(MappingNode? check) => check is null ? null : new HealthcheckSpec(
        Uri.TryCreate(Text(check["http"]), UriKind.Absolute, out var url) ? url : null,
        Command(check["command"]),
        Duration(check["interval"]) ?? HealthcheckSpec.DefaultInterval,
        Duration(check["timeout"]) ?? HealthcheckSpec.DefaultTimeout,
        Duration(check["startPeriod"]) ?? TimeSpan.Zero,
        Integer(check["retries"]) ?? HealthcheckSpec.DefaultRetries);

    private static RegistrySpec? BindRegistry(MappingNode? registry) => registry is null ? null : new RegistrySpec(
        Text(registry["provider"]) ?? "acr",
        Text(registry["region"]),
        Text(registry["edition"]) == "enterprise" ? RegistryEdition.Enterprise : RegistryEdition.Personal,
        Text(registry["instanceId"]),
        Text(registry["namespace"]),
        Text(registry["repository"]),
        Boolean(registry["createIfMissing"]) ?? false,
        Text(registry["endpoint"]) == "vpc" ? RegistryNetwork.Vpc : RegistryNetwork.Public);

    private static AlibabaCloudSpec BindAlibabaCloud(MappingNode? cloud)
    {
        if (cloud is null) return AlibabaCloudSpec.Default;
        var endpoints = cloud["endpoints"] as MappingNode;
        return new AlibabaCloudSpec(
            Text(cloud["profile"]),
            Text(cloud["region"]),
            Uri.TryCreate(Text(endpoints?["ecs"]), UriKind.Absolute, out var ecs) ? ecs : null,
            Uri.TryCreate(Text(endpoints?["cr"]), UriKind.Absolute, out var cr) ? cr : null);
    }

    private static EcsDeploySpec? BindEcs(MappingNode? ecs) => ecs is null ? null : new EcsDeploySpec(
        Texts(ecs["instanceIds"]),
        Map(ecs["tags"]),
        Text(ecs["containerName"]),
        BindBatchSize(ecs["batchSize"] as ScalarNode),
        BindHealthcheck(ecs["healthcheck"] as MappingNode),
        Duration(ecs["timeout"]) ?? EcsDeploySpec.DefaultTimeout,
        Boolean(ecs["rollback"]) ?? true);

    private static BatchSize BindBatchSize(ScalarNode? size)
    {
        if (size is null) return BatchSize.One;
        if (size.Kind == ScalarKind.Integer && int.TryParse(size.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0) return new BatchSize(count, null);
        if (size.Value.EndsWith('%') && int.TryParse(size.Value[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and <= 100) return new BatchSize(null, percent);
        return BatchSize.One;
    }

    private static string? Text(ManifestNode? node) => node is ScalarNode { Kind: not ScalarKind.Null } scalar ? scalar.Value : null;

    private static int? Integer(ManifestNode? node) =>
        node is ScalarNode { Kind: ScalarKind.Integer } scalar && int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static bool? Boolean(ManifestNode? node) =>
        node is ScalarNode { Kind: ScalarKind.Boolean } scalar ? scalar.Value is "true" or "True" or "TRUE" : null;

    private static TimeSpan? Duration(ManifestNode? node) => Text(node) is { } text && Durations.TryParse(text, out var value) ? value : null;

    private static IReadOnlyList<string> Texts(ManifestNode? node) =>
        (node as SequenceNode)?.Items.OfType<ScalarNode>().Where(s => s.Kind != ScalarKind.Null).Select(s => s.Value).ToList() ?? [];

    // Scalars of any kind become their text: `PORT: 8080` and `DEBUG: true` are environment strings.
    private static IReadOnlyDictionary<string, string> Map(ManifestNode? node) =>
        (node as MappingNode)?.Properties
            .Where(p => p.Value is ScalarNode)
            .ToDictionary(p => p.Name, p => ((ScalarNode)p.Value).Kind == ScalarKind.Null ? "" : ((ScalarNode)p.Value).Value, StringComparer.Ordinal)
        ?? new Dictionary<string, string>();

    private static CommandLine? Command(ManifestNode? node) => node switch
    {
        ScalarNode { Kind: not ScalarKind.Null } scalar => new CommandLine([scalar.Value], UsesShell: true),
        SequenceNode sequence => new CommandLine(sequence.Items.OfType<ScalarNode>().Select(s => s.Value).ToList(), UsesShell: false),
        _ => null,
    };
}
