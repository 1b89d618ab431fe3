using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>publishDiagnostics follows the document as the user opens, edits and closes it.</summary>
public sealed class DiagnosticsTests
{
    private const string Uri = "file:///work/app/Dockerfile";

    private static JObject Only(JArray diagnostics, string code) =>
        (JObject)Assert.Single(diagnostics, d => (string?)d["code"] == code);

    private static void AssertRange(JToken diagnostic, int startLine, int startCharacter, int endLine, int endCharacter)
    {
        var range = diagnostic["range"]!;
        Assert.Equal(
            (startLine, startCharacter, endLine, endCharacter),
            ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!));
    }

    [Fact]
    public async Task Open_edit_and_close_publish_then_update_then_clear_diagnostics()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();

        await client.OpenAsync(Uri, "FROM alpine:3.20\nFORM alpine\nRUN echo hi\n");
        var opened = await client.WaitForDiagnosticsAsync(Uri, 1);
        var unknown = Only(opened, "BER0001");
        AssertRange(unknown, 1, 0, 1, 4);
        Assert.Equal(1, (int)unknown["severity"]!);
        Assert.Equal("berth", (string?)unknown["source"]);
        Assert.EndsWith("/docs/rules/BER0001.md", (string?)unknown["codeDescription"]!["href"], StringComparison.Ordinal);

        // Fix the typo with an incremental edit: "FORM" -> "FROM".
        await client.ChangeAsync(Uri, 2, 1, 0, 1, 4, "FROM");
        Assert.DoesNotContain(await client.WaitForDiagnosticsAsync(Uri, 2), d => (string?)d["code"] == "BER0001");

        // Break it again further down, then close: the editor is told to clear.
        await client.ChangeAsync(Uri, 3, 2, 0, 2, 3, "RUNN");
        AssertRange(Only(await client.WaitForDiagnosticsAsync(Uri, 3), "BER0001"), 2, 0, 2, 4);

        await client.CloseAsync(Uri);
        Assert.Empty(await client.WaitForDiagnosticsAsync(Uri, null));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_burst_of_edits_publishes_versions_in_order_ending_with_the_latest()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, "FROM alpine:3.20\n");
        await client.WaitForDiagnosticsAsync(Uri, 1);

        // Type "RUN true" then a typo, one character per version, as an editor does.
        var typed = "FORM x\n";
        for (var i = 0; i < typed.Length; i++)
            await client.ChangeAsync(Uri, 2 + i, 1, i, 1, i, typed[i].ToString());
        var last = 1 + typed.Length;

        var final = await client.WaitForDiagnosticsAsync(Uri, last);
        AssertRange(Only(final, "BER0001"), 1, 0, 1, 4);
        var versions = client.Notifications("textDocument/publishDiagnostics").Where(p => (string?)p["uri"] == Uri).Select(p => (int)p["version"]!).ToList();
        // Never a stale version after a newer one, and the latest is the last word.
        Assert.Equal(versions.OrderBy(v => v).Distinct(), versions.Distinct());
        Assert.Equal(last, versions[^1]);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Documents_that_are_not_Dockerfiles_get_no_diagnostics()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync("file:///work/app/NOTES.md", "FORM is not an instruction here\n", languageId: "markdown");
        await client.OpenAsync("file:///work/app/api.Dockerfile", "FORM alpine\n", languageId: "plaintext");

        // The Dockerfile (by name) is checked; by then the markdown file would have been too, had it been analysed.
        Only(await client.WaitForDiagnosticsAsync("file:///work/app/api.Dockerfile", 1), "BER0001");
        Assert.DoesNotContain(client.Notifications("textDocument/publishDiagnostics"), p => ((string?)p["uri"])!.EndsWith("NOTES.md", StringComparison.Ordinal));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Settings_pushed_with_didChangeConfiguration_re_check_open_documents()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, "FROM alpine:3.20\nFORM alpine\n");
        Only(await client.WaitForDiagnosticsAsync(Uri, 1), "BER0001");

        await client.NotifyAsync("workspace/didChangeConfiguration", new JObject { ["settings"] = new JObject { ["berth"] = new JObject { ["ignore"] = new JArray("BER0001") } } });

        await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == Uri && (int?)p["version"] == 1 && ((JArray)p["diagnostics"]!).All(d => (string?)d["code"] != "BER0001"));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Settings_pulled_with_workspace_configuration_apply_from_the_first_publish()
    {
        await using var client = LspTestClient.Start();
        client.ConfigurationAnswer = new JObject { ["override"] = new JObject { ["warning"] = new JArray("BER0001") } };
        await client.InitializeAsync(new JObject { ["workspace"] = new JObject { ["configuration"] = true } });
        await client.OpenAsync(Uri, "FROM alpine:3.20\nFORM alpine\n");

        var first = client.Notifications("textDocument/publishDiagnostics");
        var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 1);
        Assert.Equal(2, (int)Only(diagnostics, "BER0001")["severity"]!);
        // Diagnostics waited for the settings: no publish ever showed it as an error.
        Assert.DoesNotContain(client.Notifications("textDocument/publishDiagnostics"),
            p => ((JArray)p["diagnostics"]!).Any(d => (string?)d["code"] == "BER0001" && (int)d["severity"]! == 1));
        Assert.Empty(first);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Pull_diagnostics_answer_the_same_findings()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync(new JObject { ["textDocument"] = new JObject { ["diagnostic"] = new JObject() } });
        await client.OpenAsync(Uri, "FROM alpine:3.20\nFORM alpine\n");
        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri } });
        Assert.Equal("full", (string?)report["result"]!["kind"]);
        AssertRange(Only((JArray)report["result"]!["items"]!, "BER0001"), 1, 0, 1, 4);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
