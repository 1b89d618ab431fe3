using System.Text;
using Berth.Dockerfile;
using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Text;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>
/// A Dockerfile's documentSymbol answer is written straight from the outline (<see cref="DocumentSymbolsJson"/>); it must
/// be the JSON of the <see cref="DocumentSymbol"/> records it replaces, as the LSP serializer writes them.
/// </summary>
public sealed class DocumentSymbolsJsonTests
{
    private const string Stages =
        "# syntax=docker/dockerfile:1\r\n" +
        "ARG GO=1.23\r\n" +
        "FROM golang:${GO} AS build\r\n" +
        "LABEL a=\"quoted\" b=back\\slash\r\n" +
        "ENV A=1 B=\u00e9t\u00e9 C=\u4e2d\u6587\r\n" +
        "RUN go build \\\r\n" +
        "    -o /app\t\t. && echo '</x>' && echo \"a very long line that the outline cuts at sixty characters\"\r\n" +
        "FROM alpine:3.20\n" +
        "COPY --from=build /app /app\n" +
        "ONBUILD RUN make\n" +
        "FORM broken instruction\n" +
        "HEALTHCHECK CMD curl -f http://localhost/ || exit 1\n";

    /// <summary>What the handler answered before: records converted from the outline, written by the LSP serializer.</summary>
    private static string RecordsJson(IReadOnlyList<OutlineNode> outline, LineIndex lines)
    {
        DocumentSymbol Record(OutlineNode node) => new(node.Name, node.Detail, DocumentSymbolsJson.KindOf(node.Kind),
            RangeOf(lines, node.Span), RangeOf(lines, node.SelectionSpan), node.Children.Count == 0 ? null : node.Children.Select(Record).ToList());
        using var encoded = EncodedJson.Of(outline.Select(Record).ToList());
        return encoded.Text;
    }

    /// <summary>The LSP range of a span, as the handlers convert one (the records' side of these tests and TextEditsJsonTests').</summary>
    internal static Protocol.Range RangeOf(LineIndex lines, TextSpan span)
    {
        var range = lines.RangeOf(span);
        return new(new Position(range.Start.Line, range.Start.Character), new Position(range.End.Line, range.End.Character));
    }

    private static (string Written, string Records) Both(string text)
    {
        var document = DockerfileDocument.Parse(text);
        var outline = DocumentOutline.Build(document, SymbolTable.Build(document.Syntax));
        using var written = DocumentSymbolsJson.Encode(outline, document.Lines);
        return (written.Text, RecordsJson(outline, document.Lines));
    }

    [Fact]
    public void Stages_variables_directives_and_instructions_are_written_as_the_records_were_byte_for_byte()
    {
        var (written, records) = Both(Stages);

        Assert.Equal(records, written);
        var symbols = JArray.Parse(written);
        Assert.Equal(["# syntax", "GO", "build", "stage 1"], symbols.Select(s => (string)s["name"]!));
        Assert.Equal(["FROM golang:${GO} AS build", "LABEL a=\"quoted\" b=back\\slash", "ENV A=1 B=\u00e9t\u00e9 C=\u4e2d\u6587",
                "RUN go build -o /app . && echo '</x>' && echo \"a very long \u2026"],
            symbols[2]!["children"]!.Select(c => (string)c["name"]!));
        Assert.Null(symbols[1]!["children"]);
    }

    [Fact]
    public void A_generated_dockerfile_of_a_thousand_lines_is_written_as_the_records_were_byte_for_byte()
    {
        var text = new StringBuilder();
        for (var stage = 0; stage < 40; stage++)
        {
            text.Append("# stage ").Append(stage).Append('\n');
            text.Append("ARG V").Append(stage).Append("=x\n");
            text.Append("FROM base:${V").Append(stage).Append('}').Append(stage % 3 == 0 ? $" AS s{stage}\n" : "\n");
            text.Append("ENV P").Append(stage).Append("=/opt/").Append(stage).Append(" Q=\"a b\"\n");
            text.Append("RUN set -eux; \\\n");
            for (var line = 0; line < stage % 7; line++) text.Append("    apt-get install -y package-").Append(line).Append(" \\\n");
            text.Append("    true\n");
            if (stage % 5 == 0) text.Append("COPY <<EOF /etc/conf\nkey=").Append(stage).Append("\nEOF\n");
            if (stage % 4 == 0) text.Append("WORKDIR\n");
        }

        var (written, records) = Both(text.ToString());

        Assert.Equal(records, written);
        Assert.Equal(40, JArray.Parse(written).Count(s => (int)s["kind"]! == SymbolKinds.Class));
    }

    [Fact]
    public void Characters_beyond_the_basic_plane_and_control_characters_are_the_same_json_values()
    {
        // The writer may escape these where the LSP serializer did not (an emoji as its surrogate pair): the same text.
        var (written, records) = Both("FROM alpine AS \U0001F433\nLABEL a=\"\u0001\u001f\" b=\U0001F600\nRUN echo \U0001F433 \u0007\n");

        Assert.True(JToken.DeepEquals(JArray.Parse(records), JArray.Parse(written)), $"records: {records}\nwritten: {written}");
        Assert.Equal("\U0001F433", (string)JArray.Parse(written)[0]!["name"]!);
    }

    [Fact]
    public void An_empty_document_is_an_empty_list()
    {
        var (written, records) = Both("");

        Assert.Equal("[]", written);
        Assert.Equal(records, written);
    }
}
