namespace Berth.Cli.Tests;

/// <summary>Runs the real command tree in-process with captured output, from a given working folder.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(string currentDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await BerthCli.RunAsync(args, new CliConsole(output, error, OutputIsTerminal: false, currentDirectory));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs with the lint fixtures folder (tests/fixtures/lint) as the working folder.</summary>
    public static Task<CliRun> InFixturesAsync(params string[] args) => RunAsync(RepoPaths.LintFixtures, args);
}

/// <summary>Locates the repository (the folder holding LanguageServer.sln) from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string LintFixtures => Path.Combine(Root, "tests", "fixtures", "lint");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No LanguageServer.sln above {AppContext.BaseDirectory}.");
    }
}
