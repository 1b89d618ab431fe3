using System.Globalization;
using System.Text.RegularExpressions;

namespace Berth.Manifest.Model;

/// <summary>Reads the manifest's durations: "30s", "1m30s", "500ms", "1.5h" (Go's time.ParseDuration units Docker uses).</summary>
public static partial class Durations
{
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (string.IsNullOrEmpty(text) || !Whole().IsMatch(text)) return false;
        foreach (Match part in Part().Matches(text))
        {
            var amount = double.Parse(part.Groups[1].Value, CultureInfo.InvariantCulture);
            duration += part.Groups[2].Value switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }
        return true;
    }

    [GeneratedRegex(@"^(?:[0-9]+(?:\.[0-9]+)?(?:ms|s|m|h))+$")]
    private static partial Regex Whole();

    [GeneratedRegex(@"([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)")]
    private static partial Regex Part();
}
