namespace Berth.Dockerfile.Rules;

/// <summary>The list of lint rule classes; each family adds its rules here.</summary>
internal static class RuleCatalogue
{
    public static IReadOnlyList<IRule> Create() =>
    [
    ];
}
