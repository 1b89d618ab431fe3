using Newtonsoft.Json.Linq;
using static Berth.LanguageServer.Tests.Editing.EditingServer;

namespace Berth.LanguageServer.Tests.Editing;

/// <summary>documentSymbol, workspace/symbol, foldingRange, selectionRange, documentLink and inlayHint over stdio.</summary>
public sealed class StructureTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string TwoStages =
        "# syntax=docker/dockerfile:1\n" + // 0
        "ARG GO=1.23\n" +                  // 1
        "FROM golang:${GO} AS build\n" +   // 2
        "# build it\n" +                   // 3
        "# with go\n" +                    // 4
        "RUN go build \\\n" +              // 5
        "    -o /app .\n" +                // 6
        "FROM alpine:3.20\n" +             // 7
        "COPY --from=build /app /app\n";   // 8

    [Fact]
    public async Task Document_symbols_are_stages_with_their_instructions_and_top_level_args()
    {
        var uri = await server.OpenAsync(TwoStages);
        var result = await server.ResultAsync("textDocument/documentSymbol", Doc(uri));
        var names = result.Select(s => (string)s["name"]!).ToList();
        Assert.Equal(["# syntax", "GO", "build", "stage 1"], names);
        var build = result[2]!;
        Assert.Equal(5, (int)build["kind"]!);
        Assert.Equal(["FROM golang:${GO} AS build", "RUN go build -o /app ."], build["children"]!.Select(c => (string)c["name"]!).ToList());
        Assert.Equal((2, 21), Start(build["selectionRange"]!));
        Assert.Equal((6, 13), End(build["range"]!));
    }

    [Fact]
    public async Task Workspace_symbols_span_the_open_dockerfiles()
    {
        var first = await server.OpenAsync(TwoStages);
        var second = await server.OpenAsync("FROM node:22 AS builder\nARG BUILD_ID\n", "api.Dockerfile");
        var result = await server.ResultAsync("workspace/symbol", new JObject { ["query"] = "bui" });
        var found = result.Select(s => ((string)s["name"]!, (string)s["location"]!["uri"]!)).ToList();
        Assert.Contains(("build", first), found);
        Assert.Contains(("builder", second), found);
        Assert.Contains(("BUILD_ID", second), found);
        Assert.DoesNotContain(found, f => f.Item1 == "GO");
    }

    [Fact]
    public async Task Folding_covers_stages_multi_line_instructions_and_comment_blocks()
    {
        var uri = await server.OpenAsync(TwoStages);
        var result = await server.ResultAsync("textDocument/foldingRange", Doc(uri));
        var folds = result.Select(f => ((int)f["startLine"]!, (int)f["endLine"]!, (string?)f["kind"])).ToList();
        Assert.Contains((2, 6, "region"), folds);
        Assert.Contains((3, 4, "comment"), folds);
        Assert.Contains((5, 6, "region"), folds);
    }

    [Fact]
    public async Task Selection_expands_from_word_to_instruction_to_stage()
    {
        var uri = await server.OpenAsync(TwoStages);
        var result = await server.ResultAsync("textDocument/selectionRange", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri },
            ["positions"] = new JArray(new JObject { ["line"] = 6, ["character"] = 6 }),
        });
        var chain = new List<((int, int), (int, int))>();
        for (var range = result[0]; range is not null && range.Type != JTokenType.Null; range = range["parent"])
            chain.Add((Start(range["range"]!), End(range["range"]!)));
        Assert.Equal(((6, 4), (6, 6)), chain[0]);
        Assert.Contains(((5, 0), (6, 13)), chain);
        Assert.Contains(((2, 0), (6, 13)), chain);
    }

    [Fact]
    public async Task Document_links_point_to_registry_pages()
    {
        var uri = await server.OpenAsync("# syntax=docker/dockerfile:1\nFROM nginx:1.27\nFROM registry.cn-hangzhou.aliyuncs.com/acme/app:1\nFROM ghcr.io/acme/tool\nFROM quay.io/prometheus/node-exporter\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n");
        var result = await server.ResultAsync("textDocument/documentLink", Doc(uri));
        var targets = result.Select(l => (string)l["target"]!).ToList();
        Assert.Equal([
            "https://hub.docker.com/r/docker/dockerfile",
            "https://hub.docker.com/_/nginx",
            "https://cr.console.aliyun.com/cn-hangzhou/instances",
            "https://ghcr.io/acme/tool",
            "https://quay.io/repository/prometheus/node-exporter",
            "https://mcr.microsoft.com/artifact/mar/dotnet/aspnet",
        ], targets);
        Assert.Equal((1, 5), Start(result[1]!["range"]!));
    }

    [Fact]
    public async Task Inlay_hints_show_values_and_stage_indexes()
    {
        var uri = await server.OpenAsync(TwoStages);
        var result = await server.ResultAsync("textDocument/inlayHint", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri },
            ["range"] = LspTestClientRange(0, 0, 9, 0),
        });
        var hints = result.Select(h => ((int)h["position"]!["line"]!, (int)h["position"]!["character"]!, (string)h["label"]!)).ToList();
        Assert.Contains((2, 17, "= 1.23"), hints);
        Assert.Contains((2, 26, "#0"), hints);
    }

    private static JObject LspTestClientRange(int a, int b, int c, int d) => Infrastructure.LspTestClient.Range(a, b, c, d);
}
