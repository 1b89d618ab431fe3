using System.Text;
using System.Text.RegularExpressions;

namespace Berth.Manifest.Templates;

/// <summary>
/// Resolves `${env:NAME}` in a value through a lookup the caller passes (the user's environment at deploy
/// time), so secrets stay out of the manifest. `$$` writes a literal `$`. The lookup is the only source:
/// this layer never reads the process environment itself.
/// </summary>
public static partial class EnvironmentReferences
{
    /// <summary>True when <paramref name="value"/> holds at least one ${env:NAME} reference.</summary>
    public static bool HasReference(string value) => Reference().IsMatch(value);

    /// <summary>The variable names referenced by <paramref name="value"/>, in order.</summary>
    public static IEnumerable<string> Names(string value) => Reference().Matches(value).Select(m => m.Groups[1].Value);

    public static TemplateResult Resolve(string value, Func<string, string?> lookup)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(lookup);
        var builder = new StringBuilder();
        var missing = new List<string>();
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '$' && i + 1 < value.Length && value[i + 1] == '$')
            {
                builder.Append('$');
                i++;
                continue;
            }
            var match = value[i] == '$' ? Reference().Match(value, i) : Match.Empty;
            if (match.Success && match.Index == i)
            {
                var name = match.Groups[1].Value;
                var resolved = lookup(name);
                if (resolved is null) missing.Add(name);
                else builder.Append(resolved);
                i += match.Length - 1;
                continue;
            }
            builder.Append(value[i]);
        }
        if (missing.Count > 0)
        {
            var names = string.Join(", ", missing.Distinct().Select(n => "`" + n + "`"));
            return TemplateResult.Fail($"The environment variable{(missing.Distinct().Count() > 1 ? "s" : "")} {names} {(missing.Distinct().Count() > 1 ? "are" : "is")} not set; set {(missing.Distinct().Count() > 1 ? "them" : "it")} before deploying (the manifest reads it with ${{env:NAME}}).");
        }
        return TemplateResult.Ok(builder.ToString());
    }

    [GeneratedRegex(@"\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex Reference();
}
