using Berth.Dockerfile;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Editor;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

/// <summary>
/// The editor features run on whatever is in the buffer mid-edit: on random fragments of YAML and JSON syntax,
/// at every caret offset, they never throw and the span a completion replaces always holds the caret.
/// </summary>
public sealed class EditorRobustnessTests
{
    private const string Alphabet = "{}[],:\"'#- \n\r\tab1/\\*|>$~&!";
    private static readonly string[] Fragments = ["version: 1\n", "build:", " target: ", "{", "}", "[", "]", ", ", "\"", "'", "# c\n", "\n  ", "- ", "ports", "\"80:80\"", "//", "/*", "*/", "${env:A}", ": ", "null", "\t", "\r\n"];
    private static readonly DockerfileFacts Facts = DockerfileFacts.From(DockerfileDocument.Parse("FROM a AS b\nEXPOSE 80\nARG X\n"));

    private static IEnumerable<string> Samples()
    {
        // A fixed seed: the same inputs on every run.
        var random = new Random(20261128);
        for (var n = 0; n < 400; n++)
        {
            var builder = new System.Text.StringBuilder();
            var length = random.Next(0, 14);
            for (var i = 0; i < length; i++)
            {
                builder.Append(random.Next(3) == 0 ? Alphabet[random.Next(Alphabet.Length)].ToString() : Fragments[random.Next(Fragments.Length)]);
            }
            yield return builder.ToString();
        }
    }

    [Theory]
    [InlineData(ManifestFormat.Yaml)]
    [InlineData(ManifestFormat.Json)]
    public void Editor_features_never_throw_and_replace_spans_hold_the_caret(ManifestFormat format)
    {
        var dockerfile = DockerfileDocument.Parse("FROM a AS b\n");
        var checkedOffsets = 0;
        foreach (var text in Samples())
        {
            var document = ManifestDocument.Parse(text, format);
            for (var offset = 0; offset <= text.Length; offset++)
            {
                var context = CursorContext.At(document, offset);
                Assert.True(context.ReplaceSpan.Start <= offset && offset <= context.ReplaceSpan.End && context.ReplaceSpan.End <= text.Length,
                    $"span {context.ReplaceSpan} at {offset} in {System.Text.Json.JsonSerializer.Serialize(text)}");
                foreach (var item in ManifestCompletion.Complete(document, offset, Facts))
                {
                    Assert.True(item.ReplaceSpan.End <= text.Length);
                }
                ManifestHover.Hover(document, offset, Facts);
                ManifestDefinition.Find(document, offset, "/work/app", dockerfile);
                checkedOffsets++;
            }
            ManifestSymbols.Of(document);
            foreach (var diagnostic in document.Diagnostics) ManifestQuickFixes.For(document, diagnostic);
        }
        Assert.True(checkedOffsets > 3000, $"{checkedOffsets} offsets checked");
    }
}
