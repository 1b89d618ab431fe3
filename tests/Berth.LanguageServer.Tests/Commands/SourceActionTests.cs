using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Commands;

/// <summary>The source.berth.* code actions: offered on Dockerfiles and berth.yaml when asked for, each carrying its engine command.</summary>
public sealed class SourceActionTests
{
    private static async Task<JArray> CodeActionsAsync(LspTestClient client, string uri, JArray? only)
    {
        var context = new JObject { ["diagnostics"] = new JArray() };
        if (only is not null) context["only"] = only;
        var response = await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri },
            ["range"] = LspTestClient.Range(0, 0, 0, 0),
            ["context"] = context,
        });
        return (JArray)response["result"]!;
    }

    private static IEnumerable<JToken> EngineActions(JArray actions) =>
        actions.Where(a => ((string?)a["kind"] ?? "").StartsWith("source.berth.", StringComparison.Ordinal));

    [Theory]
    [InlineData("file:///work/app/Dockerfile", "dockerfile", "FROM alpine:3.20\nCMD [\"true\"]\n")]
    [InlineData("file:///work/app/berth.yaml", "yaml", "version: 1\nimage:\n  name: app\n")]
    public async Task Asking_for_source_actions_offers_build_run_push_and_stop_as_commands_on_the_file(string uri, string languageId, string text)
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(uri, text, languageId: languageId);

        var actions = EngineActions(await CodeActionsAsync(client, uri, new JArray("source"))).ToList();
        Assert.Equal(["source.berth.build", "source.berth.run", "source.berth.push", "source.berth.stop"], actions.Select(a => (string?)a["kind"]));
        Assert.Equal(["Build image", "Run container", "Push image", "Stop container"], actions.Select(a => (string?)a["title"]));
        Assert.Equal(["berth.build", "berth.run", "berth.push", "berth.stop"], actions.Select(a => (string?)a["command"]!["command"]));
        Assert.All(actions, a =>
        {
            Assert.Equal(uri, (string?)Assert.Single((JArray)a["command"]!["arguments"]!));
            Assert.Null(a["edit"]);
        });
    }

    [Fact]
    public async Task Only_is_honoured_a_single_kind_gets_one_action_and_other_kinds_get_none()
    {
        const string uri = "file:///work/only/Dockerfile";
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(uri, "FROM alpine:3.20\n");

        var run = Assert.Single(await CodeActionsAsync(client, uri, new JArray("source.berth.run")));
        Assert.Equal("berth.run", (string?)run["command"]!["command"]);
        Assert.Equal(4, EngineActions(await CodeActionsAsync(client, uri, new JArray("source.berth"))).Count());
        Assert.Empty(EngineActions(await CodeActionsAsync(client, uri, new JArray("quickfix"))));
        Assert.Empty(EngineActions(await CodeActionsAsync(client, uri, new JArray("source.fixAll"))));
        // A light-bulb request (no only) is about the diagnostics at hand.
        Assert.Empty(EngineActions(await CodeActionsAsync(client, uri, null)));
    }
}
