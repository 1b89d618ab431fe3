using Berth.Cli.Commands;

namespace Berth.Cli.Tests;

/// <summary>
/// The editor's command line (<c>berth lsp --stdio</c>) goes straight to the server without building the command
/// tree; every other command line, including other spellings of lsp, still goes through the parser and its checks.
/// </summary>
public sealed class LspCommandLineTests
{
    [Fact]
    public void Only_the_exact_editor_command_line_takes_the_direct_path()
    {
        Assert.True(LspCommand.IsEditorCommandLine(["lsp", "--stdio"]));
        Assert.False(LspCommand.IsEditorCommandLine(["lsp"]));
        Assert.False(LspCommand.IsEditorCommandLine(["lsp", "--stdio", "--help"]));
        Assert.False(LspCommand.IsEditorCommandLine(["--stdio", "lsp"]));
        Assert.False(LspCommand.IsEditorCommandLine(["lint", "--stdio"]));
        Assert.False(LspCommand.IsEditorCommandLine([]));
    }

    [Fact]
    public async Task Lsp_with_an_unknown_option_is_still_bad_usage()
    {
        var run = await CliRun.InFixturesAsync("lsp", "--stdio", "--socket");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--socket", run.Error, StringComparison.Ordinal);
    }
}
