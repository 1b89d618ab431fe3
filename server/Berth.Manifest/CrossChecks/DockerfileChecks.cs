using Berth.Manifest.Model;
using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;
using Berth.Manifest.Text;

namespace Berth.Manifest.CrossChecks;

/// <summary>The manifest agrees with the Dockerfile: the target stage exists, build args are declared, published ports are exposed.</summary>
internal static class DockerfileChecks
{
    // Docker accepts these without an ARG and never warns about them.
    private static readonly HashSet<string> PredefinedArgs = new(StringComparer.Ordinal)
    {
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy",
        "ALL_PROXY", "all_proxy", "SOURCE_DATE_EPOCH",
    };

    public static void Run(CrossCheckContext context)
    {
        if (context.Dockerfile is not { } dockerfile) return;
        var target = CheckTarget(context, dockerfile);
        if (target is null) return;
        CheckBuildArgs(context, dockerfile, target);
        CheckPorts(context, dockerfile, target);
    }

    private static DockerfileStage? CheckTarget(CrossCheckContext context, DockerfileFacts dockerfile)
    {
        var target = context.TextAt("build", "target");
        var stage = dockerfile.Stage(target);
        if (stage is not null || target is null) return stage;
        var names = dockerfile.Stages.Select(s => s.Name).OfType<string>().ToList();
        var suggestion = DidYouMean.Closest(target, names);
        var message = names.Count == 0
            ? $"`build.target` is \"{target}\", but the Dockerfile names no stages; name one with `FROM image AS {target}` or remove `build.target`."
            : suggestion is not null
                ? $"`build.target` is \"{target}\", but the Dockerfile has no stage of that name; did you mean `{suggestion}`?"
                : $"`build.target` is \"{target}\", but the Dockerfile's stages are {string.Join(", ", names.Select(n => $"`{n}`"))}.";
        context.Findings.Add(ManifestDiagnostics.Error(ManifestRuleIds.UnknownStage, context.At("build", "target")!.Span, message));
        return null;
    }

    private static void CheckBuildArgs(CrossCheckContext context, DockerfileFacts dockerfile, DockerfileStage target)
    {
        if (context.At("build", "args") is not MappingNode args) return;
        var visible = new HashSet<string>(dockerfile.GlobalArgs, StringComparer.Ordinal);
        foreach (var stage in dockerfile.StagesBuiltFor(target)) visible.UnionWith(stage.Args);
        foreach (var arg in args.Properties)
        {
            if (visible.Contains(arg.Name) || PredefinedArgs.Contains(arg.Name) || arg.Name.StartsWith("BUILDKIT_", StringComparison.Ordinal)) continue;
            var suggestion = DidYouMean.Closest(arg.Name, visible);
            var hint = suggestion is not null ? $"did you mean `{suggestion}`?" : $"add `ARG {arg.Name}` to the Dockerfile or remove it here.";
            context.Findings.Add(ManifestDiagnostics.Warning(ManifestRuleIds.UndeclaredBuildArg, arg.Key.Span,
                $"The build argument `{arg.Name}` is not declared by an ARG in the stages this build runs, so Docker ignores it; {hint}"));
        }
    }

    private static void CheckPorts(CrossCheckContext context, DockerfileFacts dockerfile, DockerfileStage target)
    {
        var published = new List<PortMapping>();
        if (context.At("run", "ports") is SequenceNode ports)
        {
            var (exposed, unknown) = dockerfile.ExposedBy(target);
            foreach (var item in ports.Items.OfType<ScalarNode>())
            {
                if (!PortMapping.TryParse(item.Value, out var mapping, out var error))
                {
                    // The schema catches the shape; what is left is a number out of range or a bad IP.
                    if (error is not null && !error.StartsWith("it is not", StringComparison.Ordinal))
                    {
                        context.Findings.Add(ManifestDiagnostics.Error(ManifestRuleIds.InvalidPortNumber, item.Span, $"`{item.Value}` is not a usable port mapping: {error}."));
                    }
                    continue;
                }
                published.Add(mapping!);
                if (unknown || exposed.Any(e => e.Covers(mapping!.ContainerPort, mapping.Protocol))) continue;
                var stageName = target.Name is { } name ? $"stage `{name}`" : "the final stage";
                context.Findings.Add(ManifestDiagnostics.Info(ManifestRuleIds.PortNotExposed, item.Span,
                    $"Container port {mapping!.ContainerPort}/{mapping.Protocol} is not EXPOSEd by {stageName} of the Dockerfile; add `EXPOSE {mapping.ContainerPort}{(mapping.Protocol == "tcp" ? "" : "/" + mapping.Protocol)}` if the app listens there (the base image may expose it already)."));
            }
        }
        CheckHealthcheckPort(context, published, "run", "healthcheck", "http");
        CheckHealthcheckPort(context, published, "deploy", "ecs", "healthcheck", "http");
    }

    private static void CheckHealthcheckPort(CrossCheckContext context, IReadOnlyList<PortMapping> published, params object[] path)
    {
        if (context.At(path) is not ScalarNode { Kind: ScalarKind.String } http) return;
        if (!Uri.TryCreate(http.Value, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https")) return;
        var port = url.Port;
        // The probe runs on the host: it may reach the container's port or the port published for it.
        if (published.Any(p => p.ContainerPort == port || p.HostPort == port)) return;
        var where = string.Join('.', path);
        var message = published.Count == 0
            ? $"`{where}` probes port {port}, but `run.ports` publishes no port; add \"{port}:{port}\" to `run.ports`."
            : $"`{where}` probes port {port}, which is not among the ports of `run.ports` ({string.Join(", ", published.Select(p => p.HostPort is { } h ? $"{h}:{p.ContainerPort}" : $"{p.ContainerPort}"))}); fix the URL's port or publish it.";
        context.Findings.Add(ManifestDiagnostics.Warning(ManifestRuleIds.HealthcheckPortNotPublished, http.Span, message));
    }
}
