using System.CommandLine;
using Berth.Dockerfile;
using Berth.Manifest.Authoring;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth init [FOLDER] [--dockerfile PATH] [--force]</c>: writes a commented berth.yaml for the folder's
/// Dockerfile (image named after the folder, EXPOSEd ports published, last stage as target). Never
/// overwrites an existing manifest unless asked to.
/// </summary>
public static class InitCommand
{
    public static Command Create(CliConsole console)
    {
        var folder = new Argument<string>("FOLDER")
        {
            Description = "The folder to write berth.yaml in. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var dockerfile = new Option<string>("--dockerfile")
        {
            Description = "The Dockerfile to build, relative to FOLDER.",
            DefaultValueFactory = _ => "Dockerfile",
        };
        var force = new Option<bool>("--force") { Description = "Replace an existing berth.yaml." };
        var command = new Command("init", "Write a commented berth.yaml manifest for a Dockerfile.") { folder, dockerfile, force };
        command.SetAction(parse => Run(parse.GetValue(folder) ?? ".", parse.GetValue(dockerfile)!, parse.GetValue(force), console));
        return command;
    }

    public static int Run(string folder, string dockerfilePath, bool force, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var fullFolder = Path.GetFullPath(folder, console.CurrentDirectory);
        if (!Directory.Exists(fullFolder))
        {
            console.Error.WriteLine($"berth init: {folder}: no such folder. Check the path.");
            return ExitCodes.UsageOrInput;
        }
        var existing = new[] { "berth.yaml", "berth.yml", "berth.json" }.FirstOrDefault(name => File.Exists(Path.Combine(fullFolder, name)));
        if (existing is not null && !force)
        {
            console.Error.WriteLine($"berth init: {Path.Combine(folder, existing)} already exists; edit it, or pass --force to replace it.");
            return ExitCodes.UsageOrInput;
        }
        var dockerfileFull = Path.GetFullPath(dockerfilePath, fullFolder);
        string text;
        try
        {
            text = File.ReadAllText(dockerfileFull);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            console.Error.WriteLine($"berth init: there is no {dockerfilePath} in {folder}; write the Dockerfile first, or name it with --dockerfile.");
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"berth init: {dockerfilePath} can't be read ({e.Message}); check its permissions.");
            return ExitCodes.UsageOrInput;
        }

        var folderName = new DirectoryInfo(fullFolder).Name;
        var manifest = ManifestTemplate.Write(DockerfileDocument.Parse(text), folderName, dockerfilePath.Replace('\\', '/'));
        var target = Path.Combine(fullFolder, "berth.yaml");
        try
        {
            if (existing is not null && existing != "berth.yaml") File.Delete(Path.Combine(fullFolder, existing));
            File.WriteAllText(target, manifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"berth init: can't write {Path.Combine(folder, "berth.yaml")} ({e.Message}); check the folder's permissions.");
            return ExitCodes.UsageOrInput;
        }
        console.Out.WriteLine($"Wrote {Path.Combine(folder, "berth.yaml")} for {dockerfilePath}. Check it with: berth lint {Path.Combine(folder, "berth.yaml")}");
        return ExitCodes.Success;
    }
}
