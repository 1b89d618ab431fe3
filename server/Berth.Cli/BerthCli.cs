using System.CommandLine;
using Berth.Cli.Commands;

namespace Berth.Cli;

/// <summary>Builds the command tree and runs one command line. Bad usage ends in one message and exit code 2.</summary>
public static class BerthCli
{
    public static Task<int> RunAsync(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        // The editor's command line skips the command tree: building it touches every command's types (Docker,
        // Alibaba Cloud, output formats) and costs start-up time the editor waits for before initialize is answered.
        return LspCommand.IsEditorCommandLine(args) ? LspCommand.RunStdioAsync(console) : RunCommandLineAsync(args, console);
    }

    private static async Task<int> RunCommandLineAsync(string[] args, CliConsole console)
    {
        var root = new RootCommand("Berth checks Dockerfiles and deployment manifests, in your editor and in CI.")
        {
            LintCommand.Create(console),
            InitCommand.Create(console),
            LspCommand.Create(console),
            BuildCommand.Create(console),
            RunCommand.Create(console),
            PushCommand.Create(console),
            StopCommand.Create(console),
            DeployCommand.Create(console),
            AcrCommand.Create(console),
            EcsCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) await console.Error.WriteLineAsync($"berth: {error.Message}").ConfigureAwait(false);
            var command = parsed.CommandResult.Command;
            var usage = command == root ? "berth --help" : $"berth {command.Name} --help";
            await console.Error.WriteLineAsync($"Run '{usage}' for usage.").ConfigureAwait(false);
            return ExitCodes.UsageOrInput;
        }

        var invocation = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        return await parsed.InvokeAsync(invocation).ConfigureAwait(false);
    }
}
