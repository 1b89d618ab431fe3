using System.Globalization;

namespace Berth.LanguageServer.Server;

/// <summary>
/// What one line of an LSP base-protocol header block says: a Content-Length, a Content-Type we can read, or a
/// problem worth telling the editor about. Shared by the message handler and <see cref="EarlyInitialize"/>, so both
/// read headers alike.
/// </summary>
internal static class LspHeaderLine
{
    /// <summary>
    /// Reads one non-empty header line (without its line break): sets <paramref name="contentLength"/> from a valid
    /// Content-Length, and <paramref name="problem"/> (unless already set) for a line that is not a header, a bad
    /// length or a charset other than UTF-8. Other headers are ignored, as the protocol allows.
    /// </summary>
    public static void Read(string line, ref int? contentLength, ref string? problem)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            problem ??= $"Not a header line: '{Truncate(line)}'; expected 'Content-Length: <bytes>'.";
            return;
        }
        var name = line[..colon].Trim();
        var value = line[(colon + 1)..].Trim();
        if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0)
            {
                contentLength = parsed;
            }
            else
            {
                problem ??= $"Content-Length '{Truncate(value)}' is not a positive whole number.";
            }
        }
        else if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
            && value.Contains("charset", StringComparison.OrdinalIgnoreCase)
            && !value.Contains("utf-8", StringComparison.OrdinalIgnoreCase)
            && !value.Contains("utf8", StringComparison.OrdinalIgnoreCase))
        {
            problem ??= $"Content-Type '{Truncate(value)}' is not supported; send UTF-8.";
        }
    }

    public static string Truncate(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
