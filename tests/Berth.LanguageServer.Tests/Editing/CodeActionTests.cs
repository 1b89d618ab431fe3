using System.Text;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Editing;

/// <summary>textDocument/codeAction over the real server: quick fixes, ignore pragmas, fix all, manifest fixes, VS Code's shapes.</summary>
public sealed class CodeActionTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string FixAll = "source.fixAll.berth";

    [Fact]
    public void CodeActionProvider_advertises_quickfix_fix_all_and_the_engine_source_actions_without_resolve()
    {
        var provider = server.Capabilities["codeActionProvider"]!;
        Assert.Equal(["quickfix", FixAll, "source.berth.build", "source.berth.run", "source.berth.push", "source.berth.stop", "source.berth.pushAcr", "source.berth.deploy"],
            ((JArray)provider["codeActionKinds"]!).Select(k => (string?)k));
        Assert.False((bool)provider["resolveProvider"]!);
    }

    [Fact]
    public async Task The_preferred_quick_fix_for_a_lowercase_instruction_removes_the_diagnostic()
    {
        var text = "FROM alpine:3.20\nrun echo hi\n";
        var uri = await server.OpenAsync(text);
        var casing = Single(await server.Client.WaitForDiagnosticsAsync(uri, 1), "ConsistentInstructionCasing");

        var actions = await CodeActionsAsync(uri, casing["range"]!, Context(casing));
        var fix = actions.Single(a => (bool?)a["isPreferred"] == true);
        Assert.Equal("quickfix", (string?)fix["kind"]);
        Assert.True(JToken.DeepEquals(casing, Assert.Single((JArray)fix["diagnostics"]!)));

        var fixedText = Apply(text, fix, uri);
        Assert.Equal("FROM alpine:3.20\nRUN echo hi\n", fixedText);
        await server.Client.ReplaceAllAsync(uri, 2, fixedText);
        var after = await server.Client.WaitForDiagnosticsAsync(uri, 2);
        Assert.DoesNotContain(after, d => (string?)d["code"] == "ConsistentInstructionCasing");
    }

    [Fact]
    public async Task Ignore_for_this_instruction_inserts_the_hadolint_pragma_and_silences_the_rule()
    {
        var text = "FROM alpine:3.20\nMAINTAINER someone@example.com\n";
        var uri = await server.OpenAsync(text);
        var diagnostics = await server.Client.WaitForDiagnosticsAsync(uri, 1);
        var maintainer = diagnostics.Cast<JObject>().First(d => (int)d["range"]!["start"]!["line"]! == 1 && ((string?)d["message"])!.Contains("MAINTAINER", StringComparison.OrdinalIgnoreCase));
        var code = (string)maintainer["code"]!;

        var actions = await CodeActionsAsync(uri, maintainer["range"]!, Context(maintainer));
        var ignore = actions.Single(a => (string?)a["title"] == $"Ignore {code} for this instruction");
        var fileWide = actions.Single(a => (string?)a["title"] == $"Ignore {code} in this file");
        Assert.All(new[] { ignore, fileWide }, a => Assert.Equal("quickfix", (string?)a["kind"]));

        var ignored = Apply(text, ignore, uri);
        Assert.Equal($"FROM alpine:3.20\n# hadolint ignore={code}\nMAINTAINER someone@example.com\n", ignored);
        Assert.Equal($"# hadolint global ignore={code}\nFROM alpine:3.20\nMAINTAINER someone@example.com\n", Apply(text, fileWide, uri));

        await server.Client.ReplaceAllAsync(uri, 2, ignored);
        var after = await server.Client.WaitForDiagnosticsAsync(uri, 2);
        Assert.DoesNotContain(after, d => (string?)d["code"] == code);
    }

    [Fact]
    public async Task Fix_all_applies_every_certain_fix_in_one_edit_and_only_when_asked_for()
    {
        var text = "FROM alpine:3.20 as Build\nRUN echo one\ncopy . /app\n";
        var uri = await server.OpenAsync(text);
        var before = await server.Client.WaitForDiagnosticsAsync(uri, 1);
        Assert.Contains(before, d => (string?)d["code"] == "ConsistentInstructionCasing");

        var everything = new JObject { ["diagnostics"] = new JArray(), ["only"] = new JArray("source.fixAll") };
        var fixAll = Assert.Single(await CodeActionsAsync(uri, FullRange(), everything));
        Assert.Equal(FixAll, (string?)fixAll["kind"]);
        Assert.Null(fixAll["diagnostics"]);

        var fixedText = Apply(text, fixAll, uri);
        Assert.Contains("FROM alpine:3.20 AS build\n", fixedText, StringComparison.Ordinal);
        Assert.Contains("COPY . /app", fixedText, StringComparison.Ordinal);
        await server.Client.ReplaceAllAsync(uri, 2, fixedText);
        var after = await server.Client.WaitForDiagnosticsAsync(uri, 2);
        Assert.DoesNotContain(after, d => (string?)d["code"] is "ConsistentInstructionCasing" or "FromAsCasing" or "StageNameCasing");

        // Asking for quick fixes only leaves fix all out.
        var quickOnly = new JObject { ["diagnostics"] = new JArray(), ["only"] = new JArray("quickfix") };
        Assert.Empty(await CodeActionsAsync(uri, FullRange(), quickOnly));
    }

    [Fact]
    public async Task A_manifest_diagnostic_offers_its_did_you_mean_fix()
    {
        var uri = "file:///editing/codeaction-manifest/berth.yaml";
        var text = "version: 1\nimage: {name: app}\nregistry:\n  edition: enterprize\n";
        await server.Client.OpenAsync(uri, text, languageId: "yaml");
        var edition = Single(await server.Client.WaitForDiagnosticsAsync(uri, 1), "BER2011");

        var actions = await CodeActionsAsync(uri, edition["range"]!, Context(edition));
        var fix = Assert.Single(actions);
        Assert.Equal("quickfix", (string?)fix["kind"]);
        Assert.True((bool?)fix["isPreferred"]);
        var fixedText = Apply(text, fix, uri);
        Assert.Contains("edition: enterprise", fixedText, StringComparison.Ordinal);

        await server.Client.ReplaceAllAsync(uri, 2, fixedText);
        Assert.DoesNotContain(await server.Client.WaitForDiagnosticsAsync(uri, 2), d => (string?)d["code"] == "BER2011");
    }

    [Fact]
    public async Task A_vs_code_shaped_context_with_code_as_object_and_extra_fields_works()
    {
        var text = "FROM alpine:3.20\nrun echo hi\n";
        var uri = await server.OpenAsync(text);
        var casing = Single(await server.Client.WaitForDiagnosticsAsync(uri, 1), "ConsistentInstructionCasing");
        var vscode = new JObject
        {
            ["range"] = casing["range"]!.DeepClone(),
            ["message"] = casing["message"]!.DeepClone(),
            ["severity"] = 2,
            ["source"] = "berth",
            ["code"] = new JObject { ["value"] = "ConsistentInstructionCasing", ["target"] = casing["codeDescription"]?["href"]?.DeepClone() ?? "https://example.com" },
            ["relatedInformation"] = new JArray(),
        };
        var unreadable = new JObject { ["message"] = "no code, no range" };
        var context = new JObject { ["diagnostics"] = new JArray(vscode, unreadable), ["triggerKind"] = 1 };

        var actions = await CodeActionsAsync(uri, casing["range"]!, context);
        var fix = actions.Single(a => (bool?)a["isPreferred"] == true);
        Assert.True(JToken.DeepEquals(vscode, Assert.Single((JArray)fix["diagnostics"]!)));
        Assert.Equal("FROM alpine:3.20\nRUN echo hi\n", Apply(text, fix, uri));
        // Fix all is listed too when the client does not restrict the kinds.
        Assert.Contains(actions, a => (string?)a["kind"] == FixAll);
    }

    [Fact]
    public async Task A_diagnostic_that_no_longer_matches_gets_no_quick_fixes()
    {
        var uri = await server.OpenAsync("FROM alpine:3.20\nRUN echo hi\n");
        await server.Client.WaitForDiagnosticsAsync(uri, 1);
        var stale = new JObject
        {
            ["range"] = LspRange(1, 0, 1, 3),
            ["code"] = "ConsistentInstructionCasing",
            ["message"] = "from an older version",
        };
        var actions = await CodeActionsAsync(uri, LspRange(1, 0, 1, 3), new JObject { ["diagnostics"] = new JArray(stale), ["only"] = new JArray("quickfix") });
        Assert.Empty(actions);
    }

    private async Task<JArray> CodeActionsAsync(string uri, JToken range, JObject context)
    {
        var result = await server.ResultAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = uri },
            ["range"] = range.DeepClone(),
            ["context"] = context,
        });
        return (JArray)result;
    }

    private static JObject Context(JObject diagnostic) => new() { ["diagnostics"] = new JArray(diagnostic.DeepClone()) };

    private static JObject Single(JArray diagnostics, string code) =>
        (JObject)Assert.Single(diagnostics, d => (string?)d["code"] == code);

    private static JObject FullRange() => LspRange(0, 0, 100, 0);

    private static JObject LspRange(int startLine, int startCharacter, int endLine, int endCharacter) => new()
    {
        ["start"] = new JObject { ["line"] = startLine, ["character"] = startCharacter },
        ["end"] = new JObject { ["line"] = endLine, ["character"] = endCharacter },
    };

    /// <summary>Applies the action's edits for <paramref name="uri"/> the way an editor does: all against the original text.</summary>
    private static string Apply(string text, JToken action, string uri)
    {
        var edits = ((JArray)action["edit"]!["changes"]![uri]!)
            .Select(e => (Start: Offset(text, e["range"]!["start"]!), End: Offset(text, e["range"]!["end"]!), NewText: (string)e["newText"]!))
            .OrderBy(e => e.Start).ThenBy(e => e.End)
            .ToList();
        Assert.NotEmpty(edits);
        var sb = new StringBuilder();
        var at = 0;
        foreach (var (start, end, newText) in edits)
        {
            Assert.True(start >= at, "Edits overlap.");
            sb.Append(text, at, start - at).Append(newText);
            at = end;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    private static int Offset(string text, JToken position)
    {
        var line = (int)position["line"]!;
        var offset = 0;
        for (var i = 0; i < line; i++) offset = text.IndexOf('\n', offset) + 1;
        return offset + (int)position["character"]!;
    }
}
