namespace Berth.Dockerfile.Tests.LanguageService;

/// <summary>Test text with a caret marked by '|': the text without it, and the caret's offset.</summary>
internal static class Caret
{
    public static (DockerfileDocument Document, int Offset) Parse(string marked)
    {
        var offset = marked.IndexOf('|', StringComparison.Ordinal);
        Assert.True(offset >= 0, "the test text needs a '|' caret");
        var text = marked.Remove(offset, 1);
        return (DockerfileDocument.Parse(text), offset);
    }
}
