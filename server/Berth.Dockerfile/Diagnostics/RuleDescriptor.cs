using System.Collections.Concurrent;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Diagnostics;

/// <summary>
/// What Berth knows about one rule: its stable id, the ids other tools use for the same check (so that their
/// ignore lists keep working), its default severity, a short title and the tags its findings carry.
/// </summary>
public sealed record RuleDescriptor(string Id, Severity DefaultSeverity, string Title, IReadOnlyList<string> Aliases)
{
    public const string DocsBase = "https://github.com/berth-tools/berth/blob/main/docs/rules/";

    public DiagnosticTags Tags { get; init; }

    /// <summary>One object per rule, shared by its findings: a large file has thousands of them.</summary>
    public Uri HelpUri => HelpUriOf(Id);

    /// <summary>The documentation page of the rule <paramref name="id"/> (docs/rules/&lt;id&gt;.md), one object per id.</summary>
    public static Uri HelpUriOf(string id) => HelpUris.GetOrAdd(id, static id => new Uri(DocsBase + id + ".md"));

    private static readonly ConcurrentDictionary<string, Uri> HelpUris = new(StringComparer.Ordinal);

    public RuleFamily Family => RuleFamilies.Of(Id);

    /// <summary>True when this rule, by its id or an alias, is a BuildKit build check (so <c># check=skip=</c> applies).</summary>
    public bool IsBuildKitCheck => Family == RuleFamily.BuildKit || Aliases.Any(a => RuleFamilies.Of(a) == RuleFamily.BuildKit);

    /// <summary>True when <paramref name="id"/> names this rule, by its own id or an alias (case-insensitive).</summary>
    public bool IsNamed(string id) =>
        string.Equals(Id, id, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => string.Equals(a, id, StringComparison.OrdinalIgnoreCase));

    public Diagnostic Create(TextSpan span, string message) =>
        new(Id, DefaultSeverity, span, message) { HelpUri = HelpUri, Tags = Tags };
}
