using System.Text.RegularExpressions;

namespace Berth.AlibabaCloud.Acr;

/// <summary>Container Registry naming rules (the stricter of the Personal and Enterprise rules).</summary>
public static partial class AcrNames
{
    /// <summary>Null when valid, else a sentence saying what is wrong.</summary>
    public static string? CheckNamespace(string name) =>
        NamespacePattern().IsMatch(name)
            ? null
            : $"The namespace '{name}' is not valid in Container Registry: use 2-30 lower-case letters, digits, '.', '_' or '-', starting and ending with a letter or digit.";

    public static string? CheckRepository(string name) =>
        RepositoryPattern().IsMatch(name)
            ? null
            : $"The repository '{name}' is not valid in Container Registry: use 2-64 lower-case letters, digits, '.', '_' or '-', starting and ending with a letter or digit.";

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9._-]{0,28}[a-z0-9])$")]
    private static partial Regex NamespacePattern();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])$")]
    private static partial Regex RepositoryPattern();
}
