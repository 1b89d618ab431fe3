using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Manifest.Model;
using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;
using Berth.Manifest.Templates;

namespace Berth.Manifest;

/// <summary>
/// Makes the manifest a build or deploy runs with: the chosen environment merged in, the image tag
/// template expanded and `${env:NAME}` references in `run.env` resolved. Every fact from outside (git,
/// clock, environment variables) is passed in.
/// </summary>
public static class ManifestResolver
{
    public static ManifestResolution Resolve(ManifestDocument document, string? environment, TemplateValues values, Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(lookup);
        if (document.HasErrors) return new ManifestResolution(null, document.Diagnostics.Where(d => d.Severity == Severity.Error).ToList());
        var selection = document.SelectEnvironment(environment);
        if (selection.Model is not { } model) return new ManifestResolution(null, selection.Diagnostics);

        var diagnostics = new List<Diagnostic>();
        var tag = ImageTagTemplate.Expand(model.Image.Tag, values);
        if (!tag.Succeeded)
        {
            var code = tag.Error!.Contains("doesn't know", StringComparison.Ordinal) ? ManifestRuleIds.UnknownTagPlaceholder : ManifestRuleIds.MissingTemplateValue;
            diagnostics.Add(ManifestDiagnostics.Error(code, SpanAt(selection.Root, "image", "tag"), tag.Error));
        }
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in model.Run.Env)
        {
            var resolved = EnvironmentReferences.Resolve(value, lookup);
            if (resolved.Succeeded) env[name] = resolved.Value!;
            else diagnostics.Add(ManifestDiagnostics.Error(ManifestRuleIds.UnsetEnvironmentVariable, SpanAt(selection.Root, "run", "env", name), $"`run.env.{name}`: {resolved.Error}"));
        }
        if (diagnostics.Count > 0) return new ManifestResolution(null, diagnostics);
        var resolvedModel = model with
        {
            Image = model.Image with { Tag = tag.Value! },
            Run = model.Run with { Env = env },
        };
        return new ManifestResolution(resolvedModel, []);
    }

    private static TextSpan SpanAt(ManifestNode? root, params string[] path) =>
        new ManifestPath(path).Resolve(root)?.Span ?? new TextSpan(0, 0);
}

/// <summary>The manifest ready to run (Manifest set), or the errors that stop it (Manifest null).</summary>
public sealed record ManifestResolution(BerthManifest? Manifest, IReadOnlyList<Diagnostic> Diagnostics);
