using Newtonsoft.Json.Linq;
using static Berth.LanguageServer.Tests.Editing.EditingServer;

namespace Berth.LanguageServer.Tests.Editing;

/// <summary>definition, references, documentHighlight, prepareRename, rename and linkedEditingRange over stdio.</summary>
public sealed class NavigationTests(EditingServer server) : IClassFixture<EditingServer>
{
    // Line 0..: a global V, two stages importing/declaring their own V.
    private const string Scoped =
        "ARG V=1\n" +          // 0
        "FROM alpine:$V AS a\n" + // 1
        "ARG V\n" +            // 2
        "RUN echo $V\n" +      // 3
        "FROM alpine AS b\n" + // 4
        "ARG V=2\n" +          // 5
        "RUN echo $V\n" +      // 6
        "COPY --from=a /x /y\n"; // 7

    private static List<(int, int)> Starts(JToken locations) => locations.Select(l => Start(l["range"]!)).ToList();

    [Fact]
    public async Task Definition_of_a_stage_reference_is_its_name_in_from()
    {
        var uri = await server.OpenAsync(Scoped);
        var result = await server.ResultAsync("textDocument/definition", At(uri, 7, 12));
        var location = Assert.Single(result);
        Assert.Equal(uri, (string?)location["uri"]);
        Assert.Equal((1, 18), Start(location["range"]!));
    }

    [Fact]
    public async Task Definition_of_a_variable_is_the_declaration_in_force()
    {
        var uri = await server.OpenAsync(Scoped);
        var inB = await server.ResultAsync("textDocument/definition", At(uri, 6, 10));
        Assert.Equal((5, 4), Start(Assert.Single(inB)["range"]!));
        var inA = await server.ResultAsync("textDocument/definition", At(uri, 3, 10));
        Assert.Equal((2, 4), Start(Assert.Single(inA)["range"]!));
    }

    [Fact]
    public async Task References_respect_scopes()
    {
        var uri = await server.OpenAsync(Scoped);
        var global = await server.ResultAsync("textDocument/references",
            new JObject(At(uri, 0, 4)) { ["context"] = new JObject { ["includeDeclaration"] = true } });
        Assert.Equal([(0, 4), (1, 13), (2, 4), (3, 10)], Starts(global));
        var stageB = await server.ResultAsync("textDocument/references",
            new JObject(At(uri, 6, 10)) { ["context"] = new JObject { ["includeDeclaration"] = false } });
        Assert.Equal([(6, 10)], Starts(stageB));
    }

    [Fact]
    public async Task Rename_of_a_global_arg_never_touches_the_other_stages_variable()
    {
        var uri = await server.OpenAsync(Scoped);
        var prepare = await server.ResultAsync("textDocument/prepareRename", At(uri, 3, 10));
        Assert.Equal("V", (string?)prepare["placeholder"]);
        var edit = await server.ResultAsync("textDocument/rename", new JObject(At(uri, 3, 10)) { ["newName"] = "VERSION" });
        var edits = (JArray)edit["changes"]![uri]!;
        Assert.Equal([(0, 4), (1, 13), (2, 4), (3, 10)], edits.Select(e => Start(e["range"]!)).ToList());
        Assert.All(edits, e => Assert.Equal("VERSION", (string?)e["newText"]));
    }

    [Fact]
    public async Task Rename_of_a_stage_updates_copy_from()
    {
        var uri = await server.OpenAsync(Scoped);
        var edit = await server.ResultAsync("textDocument/rename", new JObject(At(uri, 1, 18)) { ["newName"] = "builder" });
        Assert.Equal([(1, 18), (7, 12)], ((JArray)edit["changes"]![uri]!).Select(e => Start(e["range"]!)).ToList());
    }

    [Fact]
    public async Task Rename_is_refused_with_a_message_for_bad_names_clashes_and_predefined_args()
    {
        var uri = await server.OpenAsync(Scoped + "FROM alpine\nARG TARGETARCH\nRUN echo $TARGETARCH\n");
        var bad = await server.ResponseAsync("textDocument/rename", new JObject(At(uri, 6, 10)) { ["newName"] = "1x" });
        Assert.Equal(-32803, (int)bad["error"]!["code"]!);
        Assert.Contains("not a valid variable name", (string?)bad["error"]!["message"], StringComparison.Ordinal);
        var clash = await server.ResponseAsync("textDocument/rename", new JObject(At(uri, 1, 18)) { ["newName"] = "B" });
        Assert.Contains("already exists", (string?)clash["error"]!["message"], StringComparison.Ordinal);
        var predefined = await server.ResponseAsync("textDocument/prepareRename", At(uri, 10, 11));
        Assert.Contains("builder itself", (string?)predefined["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Highlights_mark_declarations_as_writes()
    {
        var uri = await server.OpenAsync(Scoped);
        var result = await server.ResultAsync("textDocument/documentHighlight", At(uri, 6, 10));
        Assert.Equal([3, 2], result.Select(h => (int)h["kind"]!).ToList());
    }

    [Fact]
    public async Task Heredoc_delimiters_rename_and_link_together_with_tab_stripping_and_crlf()
    {
        var uri = await server.OpenAsync("FROM alpine\r\nRUN <<-EOT sh\r\n\techo hi\r\n\tEOT\r\n");
        var linked = await server.ResultAsync("textDocument/linkedEditingRange", At(uri, 1, 8));
        Assert.Equal([(1, 7), (3, 1)], linked["ranges"]!.Select(r => Start(r)).ToList());
        Assert.Equal((3, 4), End(linked["ranges"]![1]!));
        var rename = await server.ResultAsync("textDocument/rename", new JObject(At(uri, 3, 2)) { ["newName"] = "END" });
        Assert.Equal(2, ((JArray)rename["changes"]![uri]!).Count);
    }

    [Fact]
    public async Task Rename_works_with_the_backtick_escape_and_continuations()
    {
        var uri = await server.OpenAsync("# escape=`\nFROM alpine\nARG DIR=C:\\app\nRUN echo $DIR `\n  && dir $DIR\n");
        var edit = await server.ResultAsync("textDocument/rename", new JObject(At(uri, 2, 4)) { ["newName"] = "TARGET" });
        Assert.Equal([(2, 4), (3, 10), (4, 10)], ((JArray)edit["changes"]![uri]!).Select(e => Start(e["range"]!)).ToList());
    }
}
