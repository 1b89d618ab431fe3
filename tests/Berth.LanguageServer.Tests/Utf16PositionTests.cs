using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests;

/// <summary>Diagnostics and edits on lines with CJK text and emoji use UTF-16 columns, as LSP requires.</summary>
public sealed class Utf16PositionTests
{
    private const string Uri = "file:///work/intl/Dockerfile";

    // Line 3: "COPY --from=ビルド😀 --chmod=999z /a /b" — ビルド is 3 UTF-16 units, 😀 is 2 (a surrogate pair),
    // so the stage name spans columns 12-17 and the bad mode 26-30 (in bytes they would be 12-25 and 34-38).
    private const string Text =
        "FROM alpine:3.20 AS base\n" +
        "LABEL note=\"日本語 😀\" \\\n" +
        "      other=1\n" +
        "COPY --from=ビルド😀 --chmod=999z /a /b\n" +
        "# 日本語 😀\n" +
        "STOPSIGNAL 😀\n";

    private static (int, int, int, int) RangeOf(JArray diagnostics, string code)
    {
        var range = Assert.Single(diagnostics, d => (string?)d["code"] == code)["range"]!;
        return ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!, (int)range["end"]!["line"]!, (int)range["end"]!["character"]!);
    }

    [Fact]
    public async Task Ranges_after_CJK_and_emoji_are_in_UTF16_code_units()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Text);

        var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 1);

        Assert.Equal((3, 12, 3, 17), RangeOf(diagnostics, "DL3022"));
        Assert.Equal((3, 26, 3, 30), RangeOf(diagnostics, "BER0026"));
        Assert.Equal((5, 11, 5, 13), RangeOf(diagnostics, "BER0023"));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Incremental_edits_after_CJK_and_emoji_land_on_the_right_characters()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(Uri, Text);
        await client.WaitForDiagnosticsAsync(Uri, 1);

        // Replace exactly "999z" (after the emoji) with a valid mode, and "😀" after STOPSIGNAL with SIGTERM.
        await client.ChangeAsync(Uri, 2, 3, 26, 3, 30, "0755");
        await client.ChangeAsync(Uri, 3, 5, 11, 5, 13, "SIGTERM");

        var diagnostics = await client.WaitForDiagnosticsAsync(Uri, 3);
        Assert.DoesNotContain(diagnostics, d => (string?)d["code"] is "BER0026" or "BER0023");
        // The stage reference before the edit point is untouched and still reported where it was.
        Assert.Equal((3, 12, 3, 17), RangeOf(diagnostics, "DL3022"));
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }
}
