namespace Berth.AlibabaCloud.Credentials;

/// <summary>
/// Where the credentials chain looks: environment variables and the home folder. Injected so tests
/// use temporary HOME folders and never the developer's real keys.
/// </summary>
public sealed record CredentialsEnvironment(Func<string, string?> Variable, string HomeDirectory)
{
    public static CredentialsEnvironment Current => new(
        Environment.GetEnvironmentVariable,
        Environment.GetEnvironmentVariable("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile));

    public static CredentialsEnvironment From(IReadOnlyDictionary<string, string> variables, string home) =>
        new(name => variables.TryGetValue(name, out var value) ? value : null, home);

    /// <summary>The first non-empty value among the names (official name first, legacy ones after).</summary>
    public string? First(params string[] names) =>
        names.Select(Variable).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value))?.Trim();

    public bool IsTrue(string name) => string.Equals(Variable(name)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
