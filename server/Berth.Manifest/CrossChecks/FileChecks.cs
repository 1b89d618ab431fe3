using Berth.Manifest.Rules;

namespace Berth.Manifest.CrossChecks;

/// <summary>The files and folders the manifest names exist: `build.context`, `build.dockerfile`, `run.envFile`.</summary>
internal static class FileChecks
{
    public static void Run(CrossCheckContext context)
    {
        var contextPath = context.TextAt("build", "context") ?? ".";
        if (!context.Files.DirectoryExists(context.Resolve(contextPath)))
        {
            var span = context.At("build", "context")?.Span ?? context.SpanForDefault("build");
            context.Findings.Add(ManifestDiagnostics.Error(ManifestRuleIds.ContextNotFound, span,
                $"The build context folder `{contextPath}` doesn't exist next to the manifest; create it or fix `build.context`."));
        }

        var dockerfilePath = context.TextAt("build", "dockerfile") ?? "Dockerfile";
        if (!context.Files.FileExists(context.Resolve(dockerfilePath)))
        {
            var written = context.At("build", "dockerfile");
            var span = written?.Span ?? context.SpanForDefault("build");
            var message = written is null
                ? $"There is no `Dockerfile` next to the manifest; add one or set `build.dockerfile` to where yours is."
                : $"The Dockerfile `{dockerfilePath}` doesn't exist; fix the path (it is relative to the manifest).";
            context.Findings.Add(ManifestDiagnostics.Error(ManifestRuleIds.DockerfileNotFound, span, message));
        }

        if (context.TextAt("run", "envFile") is { } envFile && !context.Files.FileExists(context.Resolve(envFile)))
        {
            context.Findings.Add(ManifestDiagnostics.Error(ManifestRuleIds.EnvFileNotFound, context.At("run", "envFile")!.Span,
                $"The env file `{envFile}` doesn't exist; create it (and keep it out of version control) or remove `run.envFile`."));
        }
    }
}
