using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Text;
using Berth.Manifest.Environments;
using Berth.Manifest.Model;
using Berth.Manifest.Rules;
using Berth.Manifest.Schema;
using Berth.Manifest.Syntax;

namespace Berth.Manifest;

/// <summary>
/// One immutable version of a berth.yaml or berth.json: its text, line index, tree, model and the
/// diagnostics of reading and schema validation. Never throws on any text. Cross-checks with the Dockerfile
/// are separate (ManifestCrossChecks), because they need the Dockerfile and the file system.
/// </summary>
public sealed class ManifestDocument
{
    private ManifestDocument(string text, ManifestFormat format, ManifestNode? root, IReadOnlyList<Diagnostic> diagnostics, string? folderName)
    {
        Text = text;
        Format = format;
        Lines = LineIndex.Create(text);
        Root = root;
        Diagnostics = diagnostics;
        FolderName = folderName;
        Model = ManifestBinder.Bind(root, folderName);
    }

    /// <summary>The name of the folder the manifest is in, when known: it names the image when `image.name` is omitted.</summary>
    public string? FolderName { get; }

    public string Text { get; }

    public ManifestFormat Format { get; }

    public LineIndex Lines { get; }

    /// <summary>The tree as written (with `environments`); null when nothing could be read.</summary>
    public ManifestNode? Root { get; }

    /// <summary>Reading and schema findings, in text order.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>The base manifest (no environment applied), defaults filled in.</summary>
    public BerthManifest Model { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    public static ManifestDocument Parse(string text, ManifestFormat format) => Parse(text, format, null);

    /// <summary>Parses a manifest whose folder is called <paramref name="folderName"/> (null: unknown, the image is then named "app").</summary>
    public static ManifestDocument Parse(string text, ManifestFormat format, string? folderName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var read = format == ManifestFormat.Json ? JsonManifestReader.Read(text) : YamlManifestReader.Read(text);
        var diagnostics = new List<Diagnostic>(read.Diagnostics);
        // Schema findings on a half-read file would mostly echo the syntax error; report the syntax first.
        if (!read.Diagnostics.Any(d => d.Code == ManifestRuleIds.SyntaxError || d.Code == ManifestRuleIds.TabIndentation))
        {
            var schemaFindings = SchemaValidator.Validate(read.Root);
            diagnostics.AddRange(schemaFindings);
            if (!schemaFindings.Any()) diagnostics.AddRange(MergedEnvironmentFindings(read.Root));
        }
        return new ManifestDocument(text, format, read.Root, diagnostics.OrderBy(d => d.Span.Start).ToList(), folderName);
    }

    // An environment's overrides are checked for shape by the schema; what they must add up to (`image.name`,
    // an instance id for Enterprise Edition, ...) can only be checked on the base merged with them.
    private static IEnumerable<Diagnostic> MergedEnvironmentFindings(ManifestNode? root)
    {
        if (root is not MappingNode manifest || manifest["environments"] is not MappingNode environments) return [];
        var findings = new List<Diagnostic>();
        foreach (var environment in environments.Properties)
        {
            if (environment.Value is not MappingNode overrides) continue;
            foreach (var finding in SchemaValidator.Validate(EnvironmentMerge.Apply(manifest, overrides)))
            {
                findings.Add(finding with { Message = $"With environment `{environment.Name}`: {finding.Message}" });
            }
        }
        return findings;
    }

    /// <summary>
    /// Parses a file's text, choosing YAML or JSON by its name. Given a path with a folder ("/src/shop/berth.yaml"),
    /// the folder names the image when `image.name` is omitted; pass the full path for that.
    /// </summary>
    public static ManifestDocument Parse(string text, string fileName) =>
        Parse(text, ManifestFormats.FromFileName(fileName), ImageNames.FolderOf(fileName));

    /// <summary>The tree with environment <paramref name="environment"/> merged over the base (null: the base alone).</summary>
    public EnvironmentSelection SelectEnvironment(string? environment)
    {
        if (Root is not MappingNode root) return new EnvironmentSelection(Root, Model, []);
        if (environment is null)
        {
            var baseOnly = EnvironmentMerge.Apply(root, null);
            return new EnvironmentSelection(baseOnly, ManifestBinder.Bind(baseOnly, FolderName), []);
        }
        var environments = root["environments"] as MappingNode;
        if (environments?.Find(environment) is not { } chosen)
        {
            var known = environments?.Properties.Select(p => p.Name).ToList() ?? [];
            var message = known.Count == 0
                ? $"There is no environment `{environment}`: the manifest has no `environments` section; add `environments: {{ {environment}: {{ ... }} }}` or drop `--env`."
                : $"There is no environment `{environment}`; the manifest defines {string.Join(", ", known.Select(k => $"`{k}`"))}.";
            var span = environments is not null ? (root.Find("environments")!.Key.Span) : new TextSpan(0, 0);
            return new EnvironmentSelection(null, null, [ManifestDiagnostics.Error(ManifestRuleIds.UnknownEnvironment, span, message)]);
        }
        var merged = EnvironmentMerge.Apply(root, chosen.Value as MappingNode);
        return new EnvironmentSelection(merged, ManifestBinder.Bind(merged, FolderName), []);
    }
}

/// <summary>A manifest with one environment applied, or the reason it couldn't be.</summary>
public sealed record EnvironmentSelection(ManifestNode? Root, BerthManifest? Model, IReadOnlyList<Diagnostic> Diagnostics);
