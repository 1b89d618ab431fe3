using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;
using Berth.Manifest.Templates;

namespace Berth.Manifest.CrossChecks;

/// <summary>
/// Secrets written into the manifest end up in version control; `run.env` and `build.args` values with
/// secret-like names must come from `${env:NAME}` or `run.envFile` instead. The quick fix moves them.
/// </summary>
internal static class SecretChecks
{
    public static void Run(CrossCheckContext context)
    {
        Check(context, "run", "env");
        Check(context, "build", "args");
    }

    private static void Check(CrossCheckContext context, string section, string map)
    {
        if (context.At(section, map) is not MappingNode values) return;
        foreach (var entry in values.Properties)
        {
            if (!SecretNames.LooksSecret(entry.Name)) continue;
            if (entry.Value is not ScalarNode { Kind: not ScalarKind.Null } value || value.Value.Length == 0) continue;
            if (EnvironmentReferences.HasReference(value.Value)) continue;
            var advice = section == "build"
                ? "build arguments are stored in the image history; use a build secret (`RUN --mount=type=secret`) instead"
                : $"write `${{env:{entry.Name}}}` and set it in your environment, or move it to `run.envFile`";
            context.Findings.Add(ManifestDiagnostics.Warning(ManifestRuleIds.InlineSecret, value.Span,
                $"`{section}.{map}.{entry.Name}` looks like a secret written into the manifest; {advice}."));
        }
    }
}
