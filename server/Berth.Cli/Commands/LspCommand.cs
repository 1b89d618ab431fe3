using System.CommandLine;
using Berth.LanguageServer.Server;

namespace Berth.Cli.Commands;

/// <summary><c>berth lsp --stdio</c>: runs the language server on stdin/stdout until the editor sends exit.</summary>
public static class LspCommand
{
    public static Command Create(CliConsole console)
    {
        var stdio = new Option<bool>("--stdio") { Description = "Talk LSP over stdin and stdout (the only transport; editors pass it)." };
        var command = new Command("lsp", "Run the Berth language server for an editor.") { stdio };
        command.SetAction(async (parse, _) =>
        {
            if (!parse.GetValue(stdio))
            {
                await console.Error.WriteLineAsync("berth lsp: add --stdio; the language server talks to the editor over stdin and stdout.").ConfigureAwait(false);
                return ExitCodes.UsageOrInput;
            }
            return await RunStdioAsync(console).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>True for exactly the command line editors start the server with, which <see cref="RunStdioAsync"/> serves.</summary>
    public static bool IsEditorCommandLine(string[] args) => args is ["lsp", "--stdio"];

    /// <summary>Runs the server on stdin/stdout until the editor sends exit.</summary>
    public static async Task<int> RunStdioAsync(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        // stdout carries only protocol messages from here on; the server logs through window/logMessage.
        await using var input = Console.OpenStandardInput();
        await using var output = Console.OpenStandardOutput();
        StdoutPipe.TryEnlarge();
        return await LanguageServerHost.RunAsync(input, output, console.Error).ConfigureAwait(false);
    }
}
