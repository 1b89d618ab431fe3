using Berth.Dockerfile;
using Berth.Dockerfile.LanguageService.Formatting;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Newtonsoft.Json.Linq;
using CoreTextEdit = Berth.Dockerfile.LanguageService.Formatting.TextEdit;
using FormattingOptions = Berth.Dockerfile.LanguageService.Formatting.FormattingOptions;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>
/// Formatting answers are written straight from the formatter's edits (<see cref="TextEditsJson"/>); they must be the
/// JSON of the <see cref="LspTextEdit"/> records they replace, as the LSP serializer writes them.
/// </summary>
public sealed class TextEditsJsonTests
{
    private const string Messy =
        "from  alpine:3.20 as   build\r\n" +
        "run apk add --no-cache \\\r\n" +
        "\tcurl \\\r\n" +
        "      git   \t\r\n" +
        "   \r\n" +
        "  env A=\"x  y\" B=\u00e9t\u00e9\u4e2d\\\n" +
        "  C=1\n" +
        "LABEL x=\"\U0001F433\"     y=z   \n" +
        "onbuild   run   make\n";

    private static (string Written, string Records, int Count) Both(string text, FormattingOptions options)
    {
        var document = DockerfileDocument.Parse(text);
        var edits = DockerfileFormatter.Format(document, options);
        using var written = TextEditsJson.Encode(edits, document.Lines);
        LspTextEdit Record(CoreTextEdit edit) => new(DocumentSymbolsJsonTests.RangeOf(document.Lines, edit.Span), edit.NewText);
        using var records = EncodedJson.Of(edits.Select(Record).ToList());
        return (written.Text, records.Text, edits.Count);
    }

    public static TheoryData<int, bool, bool> Options => new() { { 4, false, true }, { 2, true, true }, { 3, false, false } };

    [Theory]
    [MemberData(nameof(Options))]
    public void Formatting_edits_are_written_as_their_records_were_byte_for_byte(int indent, bool tabs, bool uppercase)
    {
        var (written, records, count) = Both(Messy, new FormattingOptions(indent, tabs) { UppercaseKeywords = uppercase });

        Assert.Equal(records, written);
        Assert.True(count > 5, $"the messy text should need several edits, got {count}");
        var edits = JArray.Parse(written);
        Assert.Equal(count, edits.Count);
        Assert.All(edits, e => Assert.NotNull((string?)e["newText"]));
    }

    [Fact]
    public void Formatting_a_generated_file_of_a_thousand_lines_is_written_as_the_records_were_byte_for_byte()
    {
        var text = string.Concat(Enumerable.Range(0, 100).Select(i =>
            $"from base:{i} as s{i}\nrun set -eux; \\\n  apt-get install -y a{i}   \\\n\t\tb \\\n        c\n  \nenv K{i}=v  L=\"a  b\"  \ncopy  . /src\n\n"));

        var (written, records, count) = Both(text, FormattingOptions.Default);

        Assert.Equal(records, written);
        Assert.True(count >= 500, $"expected hundreds of edits, got {count}");
    }

    [Fact]
    public void No_edits_is_an_empty_list()
    {
        var (written, records, count) = Both("FROM alpine:3.20\nRUN true\n", FormattingOptions.Default);

        Assert.Equal(0, count);
        Assert.Equal("[]", written);
        Assert.Equal(records, written);
    }
}
