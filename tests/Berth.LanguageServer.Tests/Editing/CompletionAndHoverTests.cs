using Newtonsoft.Json.Linq;
using static Berth.LanguageServer.Tests.Editing.EditingServer;

namespace Berth.LanguageServer.Tests.Editing;

/// <summary>completion, completionItem/resolve, hover and signatureHelp over stdio.</summary>
public sealed class CompletionAndHoverTests(EditingServer server) : IClassFixture<EditingServer>
{
    private static List<string> Labels(JToken result) => result["items"]!.Select(i => (string)i["label"]!).ToList();

    [Fact]
    public void Initialize_advertises_every_editing_method()
    {
        var c = server.Capabilities;
        foreach (var name in new[]
        {
            "completionProvider", "hoverProvider", "signatureHelpProvider", "definitionProvider", "referencesProvider",
            "documentHighlightProvider", "renameProvider", "documentSymbolProvider", "workspaceSymbolProvider", "foldingRangeProvider",
            "selectionRangeProvider", "documentFormattingProvider", "documentRangeFormattingProvider", "documentOnTypeFormattingProvider",
            "semanticTokensProvider", "inlayHintProvider", "documentLinkProvider", "linkedEditingRangeProvider", "diagnosticProvider",
        })
        {
            Assert.True(c[name] is not null, $"{name} is not advertised");
        }
        Assert.True((bool)c["completionProvider"]!["resolveProvider"]!);
        Assert.True((bool)c["renameProvider"]!["prepareProvider"]!);
        Assert.True((bool)c["semanticTokensProvider"]!["full"]!["delta"]!);
        Assert.Contains("keyword", c["semanticTokensProvider"]!["legend"]!["tokenTypes"]!.Select(t => (string)t!));
    }

    [Fact]
    public async Task Completion_offers_snippets_flags_and_mount_values_and_resolve_adds_documentation()
    {
        var uri = await server.OpenAsync("FROM alpine\nR\nRUN --mount=type=\n");
        var keywords = await server.ResultAsync("textDocument/completion", At(uri, 1, 1));
        var run = keywords["items"]!.First(i => (string)i["label"]! == "RUN");
        Assert.Equal(2, (int)run["insertTextFormat"]!);
        Assert.Equal((1, 0), Start(run["textEdit"]!["range"]!));
        Assert.Equal((1, 1), End(run["textEdit"]!["range"]!));
        Assert.Null(run["documentation"]);

        var resolved = await server.ResultAsync("completionItem/resolve", run);
        Assert.Contains("Runs a command", (string?)resolved["documentation"]!["value"], StringComparison.Ordinal);

        var mount = await server.ResultAsync("textDocument/completion", At(uri, 2, 17));
        Assert.Equal(["bind", "cache", "tmpfs", "secret", "ssh"], Labels(mount));
    }

    [Fact]
    public async Task Completion_ranges_count_utf16_units_on_lines_with_cjk_and_emoji()
    {
        // "LABEL d=\"日本😀\" v=$" : the emoji is two UTF-16 units.
        var uri = await server.OpenAsync("FROM alpine\nARG NAME=x\nLABEL d=\"日本😀\" v=$N\n");
        var result = await server.ResultAsync("textDocument/completion", At(uri, 2, 19));
        var item = result["items"]!.Single(i => (string)i["label"]! == "NAME");
        Assert.Equal((2, 18), Start(item["textEdit"]!["range"]!));
        Assert.Equal((2, 19), End(item["textEdit"]!["range"]!));
        Assert.Equal("ARG = x", (string?)item["detail"]);
    }

    [Fact]
    public async Task Completion_offers_nothing_inside_a_heredoc_body()
    {
        var uri = await server.OpenAsync("FROM alpine\nRUN <<EOF\nR\nEOF\n");
        var result = await server.ResultAsync("textDocument/completion", At(uri, 2, 1));
        Assert.Empty(result["items"]!);
    }

    [Fact]
    public async Task Completion_snippets_use_the_backtick_escape()
    {
        var uri = await server.OpenAsync("# escape=`\nFROM alpine\n\n");
        var result = await server.ResultAsync("textDocument/completion", At(uri, 2, 0));
        var multi = result["items"]!.Single(i => (string)i["label"]! == "RUN (multi-line)");
        Assert.Contains("`\n", (string?)multi["textEdit"]!["newText"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hover_documents_keywords_and_shows_variable_values_on_crlf_files()
    {
        var uri = await server.OpenAsync("FROM alpine\r\nARG V=1.2\r\nRUN echo $V\r\n");
        var keyword = await server.ResultAsync("textDocument/hover", At(uri, 2, 1));
        Assert.Equal("markdown", (string?)keyword["contents"]!["kind"]);
        Assert.Contains("**RUN**", (string?)keyword["contents"]!["value"], StringComparison.Ordinal);
        var variable = await server.ResultAsync("textDocument/hover", At(uri, 2, 10));
        Assert.Contains("`1.2`", (string?)variable["contents"]!["value"], StringComparison.Ordinal);
        Assert.Equal((2, 10), Start(variable["range"]!));
        Assert.Equal((2, 11), End(variable["range"]!));
    }

    [Fact]
    public async Task Hover_on_nothing_is_null()
    {
        var uri = await server.OpenAsync("FROM alpine\nRUN echo hi\n");
        var response = await server.ResponseAsync("textDocument/hover", At(uri, 1, 6));
        Assert.Equal(JTokenType.Null, response["result"]!.Type);
    }

    [Fact]
    public async Task Signature_help_shows_the_shapes_and_the_active_parameter()
    {
        var uri = await server.OpenAsync("FROM alpine\nCOPY a \n");
        var help = await server.ResultAsync("textDocument/signatureHelp", At(uri, 1, 7));
        var label = (string?)help["signatures"]![(int)help["activeSignature"]!]!["label"];
        Assert.StartsWith("COPY", label, StringComparison.Ordinal);
        var parameters = help["signatures"]![(int)help["activeSignature"]!]!["parameters"]!;
        Assert.Equal("<dest>", (string?)parameters[(int)help["activeParameter"]!]!["label"]);
    }
}
