namespace Berth.AlibabaCloud.Shell;

/// <summary>
/// The one quoting function for shell text Berth generates. Every value becomes a single-quoted word:
/// inside single quotes a POSIX shell expands nothing ($, `, \, newlines are literal), and a single
/// quote itself is written as '\'' (close, escaped quote, reopen). NUL cannot exist in shell text, so
/// it is refused.
/// </summary>
public static class PosixShell
{
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Contains('\0', StringComparison.Ordinal))
        {
            throw new ArgumentException("A NUL character cannot be passed through a shell script.", nameof(value));
        }
        return "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    /// <summary>Quotes each word and joins them with spaces: a command line whose words arrive unchanged.</summary>
    public static string Join(IEnumerable<string> words) => string.Join(' ', words.Select(Quote));
}
