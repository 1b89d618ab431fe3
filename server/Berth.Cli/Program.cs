// Entry point of the `berth` executable: one binary for the editor (`berth lsp --stdio`) and for CI (`berth lint`).
using Berth.Cli;
using Berth.LanguageServer.Server;

StartupTrace.Start();

return await BerthCli.RunAsync(args, CliConsole.FromSystem()).ConfigureAwait(false);
