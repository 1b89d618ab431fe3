using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Editing;

/// <summary>The berth.format.* settings (enable, continuationIndent, uppercaseInstructions) reach the formatting requests.</summary>
public sealed class FormattingSettingsTests
{
    private const string Text = "from alpine\nrun apk add \\\n curl-extra \\\n jq\n";

    private static JObject Options(int tabSize = 4, bool spaces = true) => new() { ["tabSize"] = tabSize, ["insertSpaces"] = spaces };

    private static JObject Format(JToken section) => new() { ["format"] = section };

    private static async Task<JToken> FormattingAsync(LspTestClient client, string uri, JObject? range = null)
    {
        var parameters = new JObject { ["textDocument"] = new JObject { ["uri"] = uri }, ["options"] = Options() };
        if (range is not null) parameters["range"] = range;
        var response = await client.RequestAsync(range is null ? "textDocument/formatting" : "textDocument/rangeFormatting", parameters);
        Assert.True(response["error"] is null, $"formatting failed: {response["error"]}");
        return response["result"]!;
    }

    private static string Apply(string text, JToken edits)
    {
        var lines = text.Split('\n');
        int Offset(JToken position) => lines.Take((int)position["line"]!).Sum(l => l.Length + 1) + (int)position["character"]!;
        foreach (var edit in edits.OrderByDescending(e => Offset(e["range"]!["start"]!)))
            text = text[..Offset(edit["range"]!["start"]!)] + (string)edit["newText"]! + text[Offset(edit["range"]!["end"]!)..];
        return text;
    }

    [Fact]
    public async Task Settings_pulled_with_workspace_configuration_set_indent_and_keyword_case_and_can_turn_formatting_off()
    {
        await using var client = LspTestClient.Start();
        client.ConfigurationAnswer = Format(new JObject { ["uppercaseInstructions"] = false, ["continuationIndent"] = 2 });
        await client.InitializeAsync(new JObject { ["workspace"] = new JObject { ["configuration"] = true } });
        const string uri = "file:///settings/pulled/Dockerfile";
        await client.OpenAsync(uri, Text);

        // The editor says 4; the setting says 2. Keywords stay lower case; escapes still align.
        Assert.Equal("from alpine\nrun apk add  \\\n  curl-extra \\\n  jq\n", Apply(Text, await FormattingAsync(client, uri)));

        client.ConfigurationAnswer = Format(new JObject { ["enable"] = false });
        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = null });
        Assert.Empty(await FormattingAsync(client, uri));
        Assert.Empty(await FormattingAsync(client, uri, LspTestClient.Range(1, 0, 1, 3)));
        var onType = await client.RequestAsync("textDocument/onTypeFormatting", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri },
            ["position"] = new JObject { ["line"] = 1, ["character"] = 0 },
            ["ch"] = "\n",
            ["options"] = Options(),
        });
        Assert.Empty((JArray)onType["result"]!);

        client.ConfigurationAnswer = new JObject();
        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = null });
        Assert.Equal("FROM alpine\nRUN apk add    \\\n    curl-extra \\\n    jq\n", Apply(Text, await FormattingAsync(client, uri)));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Settings_pushed_with_didChangeConfiguration_apply_to_the_next_request()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync(initializationOptions: Format(new JObject { ["uppercaseInstructions"] = false }));
        const string uri = "file:///settings/pushed/Dockerfile";
        await client.OpenAsync(uri, Text);
        Assert.StartsWith("from alpine\nrun apk add", Apply(Text, await FormattingAsync(client, uri)), StringComparison.Ordinal);

        await client.NotifyAsync("workspace/didChangeConfiguration",
            new JObject { ["settings"] = new JObject { ["berth"] = Format(new JObject { ["continuationIndent"] = 0 }) } });
        Assert.Equal("FROM alpine\nRUN apk add \\\ncurl-extra  \\\njq\n", Apply(Text, await FormattingAsync(client, uri)));

        await client.NotifyAsync("workspace/didChangeConfiguration",
            new JObject { ["settings"] = new JObject { ["berth"] = Format(new JObject { ["enable"] = false }) } });
        Assert.Empty(await FormattingAsync(client, uri));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
