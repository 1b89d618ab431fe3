using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>
/// Text edits and document symbols are written by converters (large formatting and outline answers); the bytes must be
/// the contract's.
/// </summary>
public sealed class TextEditJsonConverterTests
{
    private static LspTextEdit Edit(int line, string newText) =>
        new(new Protocol.Range(new Position(line, 0), new Position(line + 1, 3)), newText);

    private static string Contract(object value)
    {
        using var text = new StringWriter();
        using (var writer = new JsonTextWriter(text)) DiagnosticJsonCacheTests.Reference.Serialize(writer, value);
        return text.ToString();
    }

    private static string Written(object value)
    {
        using var encoded = EncodedJson.Of(value);
        return encoded.Text;
    }

    [Fact]
    public void Edits_are_written_as_their_contract_writes_them_alone_in_a_list_and_in_a_workspace_edit()
    {
        List<LspTextEdit> edits = [Edit(0, "RUN apt-get install -y \\\n    curl"), Edit(3, ""), Edit(7, "\"quoted\" \u00e9\u4e2d \U0001F433\ttab </x>"), Edit(9, null!)];
        var workspace = new WorkspaceEdit(new Dictionary<string, IReadOnlyList<LspTextEdit>> { ["file:///w/Dockerfile"] = edits });

        Assert.Equal(Contract(edits[0]), Written(edits[0]));
        Assert.Equal(Contract(edits), Written(edits));
        Assert.Equal(Contract(workspace), Written(workspace));
        Assert.DoesNotContain("newText", Written(edits[3]), StringComparison.Ordinal);
    }

    [Fact]
    public void Edits_are_still_read_by_the_serializer()
    {
        var read = JsonConvert.DeserializeObject<LspTextEdit>(
            """{"range":{"start":{"line":1,"character":2},"end":{"line":3,"character":4}},"newText":"x"}""", new JsonSerializerSettings
            {
                Converters = [.. LspSerializer.Instance.Converters],
            });

        Assert.Equal(Edit(1, "x") with { Range = new Protocol.Range(new Position(1, 2), new Position(3, 4)) }, read);
    }

    [Fact]
    public void Document_symbols_are_written_as_their_contract_writes_them_nested_and_with_nulls_left_out()
    {
        static DocumentSymbol Symbol(string name, string? detail, int line, IReadOnlyList<DocumentSymbol>? children) =>
            new(name, detail, 13, Edit(line, "").Range, new Protocol.Range(new Position(line, 1), new Position(line, 4)), children);
        List<DocumentSymbol> outline =
        [
            Symbol("# syntax", "docker/dockerfile:1", 0, []),
            Symbol("build", "golang:1.22 \"x\" \u00e9\U0001F433", 2, [Symbol("RUN go build -o /out/app ./cmd/\u2026", null, 3, null), Symbol("ARG", null, 4, [])]),
            Symbol("stage 1", null, 6, null),
        ];

        Assert.Equal(Contract(outline), Written(outline));
        Assert.Equal(Contract(outline[1]), Written(outline[1]));
    }
}
