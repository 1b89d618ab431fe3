using Newtonsoft.Json.Linq;
using static Berth.LanguageServer.Tests.Editing.EditingServer;

namespace Berth.LanguageServer.Tests.Editing;

/// <summary>
/// Over stdio: stage references by index (<c>--from=0</c>), by <c>--mount=from=</c> and by <c>FROM stage</c>; variable
/// completion in continuation lines and heredoc bodies; refused heredoc delimiter renames.
/// </summary>
public sealed class StageLinksAndHeredocTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string Stages =
        "FROM golang AS build\n" +                              // 0
        "RUN go build\n" +                                      // 1
        "FROM alpine\n" +                                       // 2
        "FROM build AS test\n" +                                // 3
        "COPY --from=0 /app /app\n" +                           // 4
        "COPY --from=1 /etc /etc\n" +                           // 5
        "RUN --mount=type=bind,from=build,target=/src true\n";  // 6

    private static List<(int, int)> Starts(JToken locations) => locations.Select(l => Start(l["range"]!)).ToList();

    private static List<string> Labels(JToken result) => result["items"]!.Select(i => (string)i["label"]!).ToList();

    [Fact]
    public async Task An_index_reference_has_definition_references_highlights_and_hover()
    {
        var uri = await server.OpenAsync(Stages);
        var definition = await server.ResultAsync("textDocument/definition", At(uri, 4, 12));
        Assert.Equal((0, 15), Start(Assert.Single(definition)["range"]!));

        var references = await server.ResultAsync("textDocument/references",
            new JObject(At(uri, 0, 16)) { ["context"] = new JObject { ["includeDeclaration"] = true } });
        Assert.Equal([(0, 15), (3, 5), (4, 12), (6, 27)], Starts(references));

        var highlights = await server.ResultAsync("textDocument/documentHighlight", At(uri, 6, 29));
        Assert.Equal([(0, 15), (3, 5), (4, 12), (6, 27)], highlights.Select(h => Start(h["range"]!)).ToList());

        var unnamed = await server.ResultAsync("textDocument/definition", At(uri, 5, 12));
        var fromLine = Assert.Single(unnamed)["range"]!;
        Assert.Equal((2, 0), Start(fromLine));
        Assert.Equal((2, 11), End(fromLine));

        var hover = await server.ResultAsync("textDocument/hover", At(uri, 5, 12));
        Assert.Contains("**Stage 1** (unnamed, line 3)", (string)hover["contents"]!["value"]!, StringComparison.Ordinal);
        Assert.Contains("FROM alpine", (string)hover["contents"]!["value"]!, StringComparison.Ordinal);
        var named = await server.ResultAsync("textDocument/hover", At(uri, 4, 12));
        Assert.Contains("FROM golang AS build", (string)named["contents"]!["value"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_a_stage_keeps_its_index_references_and_an_unnamed_stage_is_refused()
    {
        var uri = await server.OpenAsync(Stages);
        var edit = await server.ResultAsync("textDocument/rename", new JObject(At(uri, 4, 12)) { ["newName"] = "compile" });
        var edits = edit["changes"]![uri]!;
        Assert.Equal([(0, 15), (3, 5), (6, 27)], edits.Select(e => Start(e["range"]!)).ToList());
        Assert.All(edits, e => Assert.Equal("compile", (string?)e["newText"]));

        var refused = await server.ResponseAsync("textDocument/prepareRename", At(uri, 5, 12));
        Assert.Contains("Stage 1 has no name", (string?)refused["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Semantic_tokens_mark_index_and_mount_stage_references_as_stages()
    {
        var uri = await server.OpenAsync(Stages);
        var full = await server.ResultAsync("textDocument/semanticTokens/full", Doc(uri));
        var types = server.Capabilities["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.Select(t => (string)t!).ToList();
        var data = full["data"]!.Select(d => (int)d).ToList();
        var tokens = new List<(int Line, int Character, int Length, string Type)>();
        int line = 0, character = 0;
        for (var i = 0; i + 4 < data.Count; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            tokens.Add((line, character, data[i + 2], types[data[i + 3]]));
        }
        Assert.Contains((4, 12, 1, "class"), tokens);
        Assert.Contains((5, 12, 1, "class"), tokens);
        Assert.Contains((6, 27, 5, "class"), tokens);
        Assert.Contains((3, 5, 5, "class"), tokens);
    }

    [Fact]
    public async Task Variables_complete_in_continuation_lines_quotes_and_expanding_heredocs_only()
    {
        const string head = "FROM alpine\nARG VERSION=1\n";
        var continuation = await server.OpenAsync(head + "RUN echo a \\\n  \"${");
        var items = await server.ResultAsync("textDocument/completion", At(continuation, 3, 5));
        var version = items["items"]!.Single(i => (string)i["label"]! == "VERSION");
        Assert.Equal("VERSION}", (string?)version["textEdit"]!["newText"]);
        Assert.Equal("ARG = 1", (string?)version["detail"]);

        var blank = await server.OpenAsync(head + "RUN echo a \\\n\n");
        var onBlank = Labels(await server.ResultAsync("textDocument/completion", At(blank, 4, 0)));
        Assert.DoesNotContain("RUN", onBlank);
        Assert.Contains("$VERSION", onBlank);

        var heredoc = await server.OpenAsync(head + "RUN <<EOF\necho $\nEOF\n");
        Assert.Contains("VERSION", Labels(await server.ResultAsync("textDocument/completion", At(heredoc, 3, 6))));

        var quoted = await server.OpenAsync(head + "RUN <<'EOF'\necho $\nEOF\n");
        Assert.Empty(Labels(await server.ResultAsync("textDocument/completion", At(quoted, 3, 6))));
    }

    [Fact]
    public async Task Heredoc_renames_that_would_end_the_body_early_are_refused_with_the_reason()
    {
        var uri = await server.OpenAsync("FROM alpine\nRUN <<\"EOF\"\necho start\nEND\nEOF\n");
        var prepare = await server.ResultAsync("textDocument/prepareRename", At(uri, 1, 7));
        Assert.Equal("EOF", (string?)prepare["placeholder"]);
        Assert.Equal((1, 7), Start(prepare["range"]!));

        var refused = await server.ResponseAsync("textDocument/rename", new JObject(At(uri, 1, 7)) { ["newName"] = "END" });
        Assert.Contains("Line 2 of the here-document's body is 'END'", (string?)refused["error"]!["message"], StringComparison.Ordinal);
        var invalid = await server.ResponseAsync("textDocument/rename", new JObject(At(uri, 1, 7)) { ["newName"] = "A B" });
        Assert.Contains("not a valid here-document delimiter", (string?)invalid["error"]!["message"], StringComparison.Ordinal);

        var edit = await server.ResultAsync("textDocument/rename", new JObject(At(uri, 4, 1)) { ["newName"] = "SCRIPT" });
        Assert.Equal([(1, 7), (4, 0)], edit["changes"]![uri]!.Select(e => Start(e["range"]!)).ToList());

        var dash = await server.OpenAsync("FROM alpine\nRUN <<-EOF\n\techo\n\tEOF\n");
        var linked = await server.ResultAsync("textDocument/linkedEditingRange", At(dash, 1, 8));
        Assert.Equal([(1, 7), (3, 1)], linked["ranges"]!.Select(r => Start(r)).ToList());
    }
}
