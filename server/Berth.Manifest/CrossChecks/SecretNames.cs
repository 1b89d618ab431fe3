using System.Text.RegularExpressions;

namespace Berth.Manifest.CrossChecks;

/// <summary>Names that usually hold secrets: passwords, tokens, keys, credentials.</summary>
public static partial class SecretNames
{
    public static bool LooksSecret(string name) => Pattern().IsMatch(name);

    [GeneratedRegex(@"(?:PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
