using Berth.Dockerfile.Diagnostics;

namespace Berth.Dockerfile.Rules;

/// <summary>Every rule Berth knows: the first-set rules found by analysis and the lint rules run by the linter.</summary>
public static class RuleRegistry
{
    /// <summary>The lint rules, in the order they run.</summary>
    public static IReadOnlyList<IRule> Rules { get; } = RuleCatalogue.Create();

    /// <summary>Every descriptor (first set and lint rules), one per id.</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } =
        CoreRules.All.Concat(Rules.Select(r => r.Descriptor)).DistinctBy(d => d.Id).ToArray();

    private static readonly Dictionary<string, RuleDescriptor> ById =
        Descriptors.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>The rule with this id (not alias), or null.</summary>
    public static RuleDescriptor? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>Rules named by <paramref name="idOrAlias"/>, by id or alias.</summary>
    public static IEnumerable<RuleDescriptor> Named(string idOrAlias) => Descriptors.Where(d => d.IsNamed(idOrAlias));
}
