// Entry point of the `berth` executable: one binary for the editor (`berth lsp --stdio`) and for CI (`berth lint`).
using Berth.Cli;

return await BerthCli.RunAsync(args, CliConsole.FromSystem()).ConfigureAwait(false);
