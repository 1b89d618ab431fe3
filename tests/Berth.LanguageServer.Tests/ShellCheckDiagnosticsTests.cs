using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>ShellCheck findings reach the editor after the core diagnostics, at exact ranges, and can be turned off.</summary>
public sealed class ShellCheckDiagnosticsTests
{
    private const string Uri = "file:///work/app/Dockerfile";

    // FORM is a core error; $name on the third physical line of the RUN is ShellCheck's SC2154.
    private const string Text = "FROM debian:12\nFORM x\nRUN set -e \\\n    && true \\\n    && echo $name\n";

    private static bool HasShellCheck(JObject publish) =>
        publish["diagnostics"] is JArray diagnostics && diagnostics.Any(d => ((string?)d["code"])?.StartsWith("SC", StringComparison.Ordinal) == true);

    [Fact]
    public async Task Shellcheck_findings_arrive_for_the_same_version_at_exact_ranges()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Text);

        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == Uri && (int?)p["version"] == 1 && HasShellCheck(p));
        var diagnostics = (JArray)published["diagnostics"]!;
        // The core diagnostics are still there, next to ShellCheck's.
        Assert.Contains(diagnostics, d => (string?)d["code"] == "BER0001");
        var unassigned = Assert.Single(diagnostics, d => (string?)d["code"] == "SC2154");
        var range = unassigned["range"]!;
        Assert.Equal((4, 12, 4, 17), ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!));
        Assert.Equal(2, (int)unassigned["severity"]!);
        Assert.Equal("https://www.shellcheck.net/wiki/SC2154", (string?)unassigned["codeDescription"]!["href"]);

        // The core diagnostics of version 1 were published first, without waiting for ShellCheck.
        var first = client.Notifications("textDocument/publishDiagnostics").First(p => (string?)p["uri"] == Uri);
        Assert.Equal(1, (int)first["version"]!);
        Assert.False(HasShellCheck(first));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    private static readonly JObject PullingClient = new() { ["textDocument"] = new JObject { ["diagnostic"] = new JObject() } };

    private static async Task<JArray> PullAsync(LspTestClient client)
    {
        var report = await client.RequestAsync("textDocument/diagnostic", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri } });
        return (JArray)report["result"]!["items"]!;
    }

    [Fact]
    public async Task Pull_diagnostics_include_shellcheck_findings_unless_the_setting_turns_them_off()
    {
        await using (var on = LspTestClient.Start())
        {
            await on.InitializeAsync(PullingClient);
            await on.OpenAsync(Uri, Text);
            var items = await PullAsync(on);
            Assert.Contains(items, d => (string?)d["code"] == "SC2154");
            Assert.Contains(items, d => (string?)d["code"] == "BER0001");
            Assert.Equal(0, await on.ShutdownAndExitAsync());
        }

        await using var off = LspTestClient.Start();
        await off.InitializeAsync(PullingClient, new JObject { ["shellcheck"] = new JObject { ["enable"] = false } });
        await off.OpenAsync(Uri, Text);
        var without = await PullAsync(off);
        Assert.Contains(without, d => (string?)d["code"] == "BER0001");
        Assert.DoesNotContain(without, d => ((string?)d["code"])!.StartsWith("SC", StringComparison.Ordinal));
        Assert.Equal(0, await off.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task A_missing_program_is_said_once_in_the_log_and_the_server_carries_on()
    {
        await using var client = LspTestClient.Start();
        var settings = new JObject { ["shellcheck"] = new JObject { ["path"] = "/nonexistent/shellcheck" } };
        await client.InitializeAsync(PullingClient, settings);
        await client.OpenAsync(Uri, Text);
        Assert.Contains(await PullAsync(client), d => (string?)d["code"] == "BER0001");
        await client.WaitForNotificationAsync("window/logMessage", p => ((string?)p["message"])?.Contains("/nonexistent/shellcheck", StringComparison.Ordinal) == true);
        await client.ReplaceAllAsync(Uri, 2, Text + "RUN echo $other\n");
        Assert.Contains(await client.WaitForDiagnosticsAsync(Uri, 2), d => (string?)d["code"] == "BER0001");
        // Ask something afterwards, so that any second log message would have arrived before we count.
        await client.ReplaceAllAsync(Uri, 3, Text + "RUN echo $third\n");
        await client.WaitForDiagnosticsAsync(Uri, 3);
        var said = client.Notifications("window/logMessage").Count(p => ((string?)p["message"])?.Contains("/nonexistent/shellcheck", StringComparison.Ordinal) == true);
        Assert.Equal(1, said);
        Assert.DoesNotContain(client.Notifications("textDocument/publishDiagnostics"), HasShellCheck);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
    [Fact]
    public async Task A_shellcheck_finding_offers_the_ignore_pragmas_and_the_pragma_silences_it()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Text);
        var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
            p => (string?)p["uri"] == Uri && (int?)p["version"] == 1 && HasShellCheck(p));
        var finding = Assert.Single((JArray)published["diagnostics"]!, d => (string?)d["code"] == "SC2154");

        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri },
            ["range"] = finding["range"]!.DeepClone(),
            ["context"] = new JObject { ["diagnostics"] = new JArray(finding.DeepClone()) },
        }))["result"]!;
        var ignore = Assert.Single(actions, a => (string?)a["title"] == "Ignore SC2154 for this instruction");
        Assert.Contains(actions, a => (string?)a["title"] == "Ignore SC2154 in this file");
        var edit = Assert.Single((JArray)ignore["edit"]!["changes"]![Uri]!);
        Assert.Equal("# hadolint ignore=SC2154\n", (string?)edit["newText"]);
        Assert.Equal(2, (int)edit["range"]!["start"]!["line"]!);

        // Applied, the pragma really silences the finding (the next publish of version 2 has no SC2154).
        await client.ChangeAsync(Uri, 2, 2, 0, 2, 0, "# hadolint ignore=SC2154\n");
        await client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => (string?)p["uri"] == Uri && (int?)p["version"] == 2);
        Assert.Equal(0, await client.ShutdownAndExitAsync());
        Assert.DoesNotContain(client.Notifications("textDocument/publishDiagnostics").Where(p => (int?)p["version"] == 2),
            p => ((JArray)p["diagnostics"]!).Any(d => (string?)d["code"] == "SC2154"));
    }
}
