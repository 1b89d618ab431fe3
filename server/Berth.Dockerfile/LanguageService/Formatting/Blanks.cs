namespace Berth.Dockerfile.LanguageService.Formatting;

/// <summary>
/// Runs of spaces, made once: the formatter puts one before nearly every escape it aligns and in every continuation
/// indent, tens of thousands of them in a large file, and a new string each was a good part of what formatting allocated.
/// </summary>
internal static class Blanks
{
    private static readonly string[] Common = [.. Enumerable.Range(0, 129).Select(n => new string(' ', n))];

    public static string Spaces(int count) => count < Common.Length ? Common[count] : new string(' ', count);
}
