using Berth.Dockerfile.Text;

namespace Berth.Manifest.Tests;

/// <summary>
/// Test text with the expected span marked by « and »: Marked.Parse("a: «b»") gives the text "a: b" and the
/// span of "b". Keeps expected ranges readable next to the input they point into.
/// </summary>
internal static class Marked
{
    public static (string Text, TextSpan Span) Parse(string marked)
    {
        var start = marked.IndexOf('«', StringComparison.Ordinal);
        var end = marked.IndexOf('»', StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the test text needs one «...» marker");
        var text = marked.Remove(end, 1).Remove(start, 1);
        return (text, TextSpan.FromBounds(start, end - 1));
    }
}
