using Newtonsoft.Json.Linq;
using static Berth.LanguageServer.Tests.Editing.EditingServer;

namespace Berth.LanguageServer.Tests.Editing;

/// <summary>formatting, rangeFormatting, onTypeFormatting and semanticTokens (full, delta, range) over stdio.</summary>
public sealed class FormattingAndTokensTests(EditingServer server) : IClassFixture<EditingServer>
{
    private static JObject Options(int tabSize = 4, bool spaces = true) => new() { ["tabSize"] = tabSize, ["insertSpaces"] = spaces };

    private static string Apply(string text, JToken edits)
    {
        var lines = text.Split('\n').ToList();
        // Apply from the last edit to the first (edits never overlap); positions are (line, UTF-16 column).
        foreach (var edit in edits.OrderByDescending(e => (int)e["range"]!["start"]!["line"]!).ThenByDescending(e => (int)e["range"]!["start"]!["character"]!))
        {
            var (sl, sc) = Start(edit["range"]!);
            var (el, ec) = End(edit["range"]!);
            var joined = string.Join('\n', lines);
            var start = Offset(lines, sl, sc);
            var end = Offset(lines, el, ec);
            joined = joined[..start] + (string)edit["newText"]! + joined[end..];
            lines = joined.Split('\n').ToList();
        }
        return string.Join('\n', lines);
    }

    private static int Offset(List<string> lines, int line, int character) => lines.Take(line).Sum(l => l.Length + 1) + character;

    [Fact]
    public async Task Formatting_uses_the_editors_indent_and_keeps_heredocs()
    {
        const string text = "from alpine\nrun apt-get update &&\\\n  apt-get install -y curl\nRUN <<EOF  \n  keep   me\nEOF\n";
        var uri = await server.OpenAsync(text);
        var edits = await server.ResultAsync("textDocument/formatting", new JObject(Doc(uri)) { ["options"] = Options(2) });
        Assert.Equal("FROM alpine\nRUN apt-get update && \\\n  apt-get install -y curl\nRUN <<EOF\n  keep   me\nEOF\n", Apply(text, edits));
        var tabs = await server.ResultAsync("textDocument/formatting", new JObject(Doc(uri)) { ["options"] = Options(4, spaces: false) });
        Assert.Contains("\\\n\tapt-get", Apply(text, tabs), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Range_and_on_type_formatting_touch_only_their_instruction()
    {
        const string text = "from alpine\nrun  a\nrun  b\n";
        var uri = await server.OpenAsync(text);
        var range = await server.ResultAsync("textDocument/rangeFormatting", new JObject(Doc(uri))
        {
            ["range"] = Infrastructure.LspTestClient.Range(1, 0, 1, 3),
            ["options"] = Options(),
        });
        Assert.Equal("from alpine\nRUN a\nrun  b\n", Apply(text, range));
        var onType = await server.ResultAsync("textDocument/onTypeFormatting", new JObject(At(uri, 3, 0)) { ["ch"] = "\n", ["options"] = Options() });
        Assert.Equal("from alpine\nrun  a\nRUN b\n", Apply(text, onType));
    }

    [Fact]
    public async Task Semantic_tokens_classify_keywords_stages_variables_and_deprecated_maintainer()
    {
        var uri = await server.OpenAsync("FROM alpine AS base\nARG V=1\nMAINTAINER me\nCOPY --from=base /a /b\nRUN echo $V\n");
        var full = await server.ResultAsync("textDocument/semanticTokens/full", Doc(uri));
        var types = server.Capabilities["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.Select(t => (string)t!).ToList();
        var modifiers = server.Capabilities["semanticTokensProvider"]!["legend"]!["tokenModifiers"]!.Select(t => (string)t!).ToList();
        var tokens = Decode(full["data"]!.Select(d => (int)d).ToList(), types, modifiers);
        Assert.Contains((0, 0, 4, "keyword", ""), tokens);
        Assert.Contains((0, 15, 4, "class", "declaration"), tokens);
        Assert.Contains((1, 4, 1, "variable", "declaration"), tokens);
        Assert.Contains((2, 0, 10, "keyword", "deprecated"), tokens);
        Assert.Contains((3, 5, 6, "parameter", ""), tokens);
        Assert.Contains((3, 12, 4, "class", ""), tokens);
        Assert.Contains((4, 10, 1, "variable", ""), tokens);
        Assert.NotNull((string?)full["resultId"]);
    }

    [Fact]
    public async Task Semantic_token_deltas_apply_to_the_previous_result()
    {
        const string text = "FROM alpine\nRUN echo hi\n";
        var uri = await server.OpenAsync(text);
        var first = await server.ResultAsync("textDocument/semanticTokens/full", Doc(uri));
        await server.Client.ChangeAsync(uri, 2, 2, 0, 2, 0, "ARG X=1\n");
        var delta = await server.ResultAsync("textDocument/semanticTokens/full/delta",
            new JObject(Doc(uri)) { ["previousResultId"] = first["resultId"] });
        var data = first["data"]!.Select(d => (int)d).ToList();
        foreach (var edit in delta["edits"]!)
        {
            var start = (int)edit["start"]!;
            data.RemoveRange(start, (int)edit["deleteCount"]!);
            data.InsertRange(start, edit["data"]?.Select(d => (int)d) ?? []);
        }
        var fresh = await server.ResultAsync("textDocument/semanticTokens/full", Doc(uri));
        Assert.Equal(fresh["data"]!.Select(d => (int)d).ToList(), data);

        var unknown = await server.ResultAsync("textDocument/semanticTokens/full/delta", new JObject(Doc(uri)) { ["previousResultId"] = "nope" });
        Assert.Equal(fresh["data"]!.Select(d => (int)d).ToList(), unknown["data"]!.Select(d => (int)d).ToList());
    }

    [Fact]
    public async Task Semantic_tokens_for_a_range_cover_only_that_range()
    {
        var uri = await server.OpenAsync("FROM alpine AS a\nRUN echo 1\nRUN echo 2\nCOPY --from=a /x /y\n");
        var range = await server.ResultAsync("textDocument/semanticTokens/range", new JObject(Doc(uri)) { ["range"] = Infrastructure.LspTestClient.Range(3, 0, 3, 19) });
        var data = range["data"]!.Select(d => (int)d).ToList();
        Assert.Equal(3, data[0]);
        var types = server.Capabilities["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.Select(t => (string)t!).ToList();
        var tokens = Decode(data, types, []);
        Assert.All(tokens, t => Assert.Equal(3, t.Line));
        Assert.Contains((3, 12, 1, "class", ""), tokens);
    }

    [Fact]
    public async Task Semantic_tokens_split_at_line_breaks_and_count_utf16()
    {
        var uri = await server.OpenAsync("FROM alpine\nLABEL a=\"😀\" \\\n  b=\"x\"\nRUN echo \"a \\\n  b\"\n");
        var full = await server.ResultAsync("textDocument/semanticTokens/full", Doc(uri));
        var types = server.Capabilities["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.Select(t => (string)t!).ToList();
        var tokens = Decode(full["data"]!.Select(d => (int)d).ToList(), types, []);
        Assert.Contains((1, 6, 1, "property", ""), tokens);
        Assert.Contains((1, 8, 4, "string", ""), tokens);
        Assert.Contains((2, 2, 1, "property", ""), tokens);
        Assert.Contains((2, 4, 3, "string", ""), tokens);
        // A quoted word continued onto the next line becomes one token per line.
        Assert.Contains((3, 9, 4, "string", ""), tokens);
        Assert.Contains((4, 0, 4, "string", ""), tokens);
    }

    private static List<(int Line, int Character, int Length, string Type, string Modifiers)> Decode(List<int> data, List<string> types, List<string> modifiers)
    {
        var result = new List<(int, int, int, string, string)>();
        int line = 0, character = 0;
        for (var i = 0; i + 4 < data.Count; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            var mods = string.Join(',', modifiers.Where((_, bit) => (data[i + 4] & (1 << bit)) != 0));
            result.Add((line, character, data[i + 2], types[data[i + 3]], mods));
        }
        return result;
    }
}
