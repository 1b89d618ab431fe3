using System.CommandLine;
using System.Diagnostics;
using Berth.AlibabaCloud;
using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Deployment;
using Berth.AlibabaCloud.Redaction;
using Berth.Manifest;
using Berth.Manifest.Model;
using Berth.Manifest.Templates;

namespace Berth.Cli.Commands;

/// <summary>
/// What the Alibaba Cloud commands (deploy, acr login, ecs list) share: finding and resolving the
/// manifest, resolving credentials, reporting progress redacted on stderr, and turning failures into
/// one message and an exit code.
/// </summary>
public static class DeployCommandSupport
{
    public static readonly string[] ManifestNames = ["berth.yaml", "berth.yml", "berth.json"];

    public static Option<string> FileOption() => new("--file", "-f")
    {
        Description = "The manifest (default: berth.yaml, berth.yml or berth.json in the current folder).",
    };

    public static Option<string> EnvironmentOption() => new("--env", "-e")
    {
        Description = "The manifest environment to apply (a key under environments).",
    };

    public static Option<string> ProfileOption() => new("--profile", "-p")
    {
        Description = "The Alibaba Cloud profile (aliyun CLI or credentials file) to use, instead of environment keys.",
    };

    /// <summary>Everything a command needs once the manifest and credentials are known.</summary>
    public sealed record Context(BerthManifest Manifest, EcsDeployer Deployer);

    public static async Task<int> RunAsync(
        string commandName, CliConsole console, ParseResult parse, Option<string> file, Option<string>? environment, Option<string> profile,
        Func<Context, Task<int>> body, CancellationToken cancellationToken)
    {
        var redactor = SecretRedactor.Shared;
        try
        {
            var manifest = LoadManifest(console, parse.GetValue(file), environment is null ? null : parse.GetValue(environment));
            if (manifest is null)
            {
                return ExitCodes.UsageOrInput;
            }
            var progress = new ConsoleProgress(console.Error, redactor);
            var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var credentials = await new CredentialsChain(new CredentialsChainOptions(http)
            {
                RequestedProfile = parse.GetValue(profile),
                ManifestProfile = manifest.Value.Manifest.AlibabaCloud.Profile,
                Endpoints = ManifestTranslation.Endpoints(manifest.Value.Manifest),
                Redactor = redactor,
            }).ResolveAsync(cancellationToken).ConfigureAwait(false);
            progress.Report($"Using Alibaba Cloud credentials from {credentials.Source}");
            var deployer = new EcsDeployer(http, credentials, Environment.GetEnvironmentVariable, TimeProvider.System, progress, redactor);
            return await body(new Context(manifest.Value.Manifest, deployer)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"berth {commandName}: cancelled.").ConfigureAwait(false);
            return ExitCodes.Findings;
        }
        catch (CloudConfigurationException error)
        {
            await console.Error.WriteLineAsync($"berth {commandName}: {redactor.Redact(error.Message)}").ConfigureAwait(false);
            return ExitCodes.UsageOrInput;
        }
        catch (CredentialsNotFoundException error)
        {
            await console.Error.WriteLineAsync($"berth {commandName}: {redactor.Redact(error.Message)}").ConfigureAwait(false);
            return ExitCodes.UsageOrInput;
        }
        catch (AlibabaCloudException error)
        {
            await console.Error.WriteLineAsync($"berth {commandName}: {redactor.Redact(error.Message)}").ConfigureAwait(false);
            return ExitCodes.Findings;
        }
    }

    private static (BerthManifest Manifest, string Path)? LoadManifest(CliConsole console, string? file, string? environment)
    {
        var path = file is not null
            ? Path.GetFullPath(file, console.CurrentDirectory)
            : ManifestNames.Select(n => Path.Combine(console.CurrentDirectory, n)).FirstOrDefault(File.Exists);
        if (path is null || !File.Exists(path))
        {
            console.Error.WriteLine(file is null
                ? $"berth: no berth.yaml here ({console.CurrentDirectory}). Run the command next to your manifest, or pass --file PATH."
                : $"berth: the manifest {path} does not exist. Check the --file path.");
            return null;
        }
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException error)
        {
            console.Error.WriteLine($"berth: cannot read {path}: {error.Message}");
            return null;
        }
        catch (UnauthorizedAccessException error)
        {
            console.Error.WriteLine($"berth: cannot read {path}: {error.Message}");
            return null;
        }
        var document = ManifestDocument.Parse(text, Path.GetFileName(path));
        var folder = Path.GetDirectoryName(path)!;
        var resolution = ManifestResolver.Resolve(document, environment, new TemplateValues(Git(folder, "rev-parse", "HEAD"),
            Git(folder, "rev-parse", "--abbrev-ref", "HEAD"), DateTimeOffset.UtcNow), Environment.GetEnvironmentVariable);
        if (resolution.Manifest is null)
        {
            foreach (var diagnostic in resolution.Diagnostics)
            {
                var position = document.Lines.PositionOf(diagnostic.Span.Start);
                console.Error.WriteLine($"{path}:{position.Line + 1}:{position.Character + 1}: {diagnostic.Code}: {diagnostic.Message}");
            }
            console.Error.WriteLine("berth: fix berth.yaml (the errors above) and run the command again.");
            return null;
        }
        return (resolution.Manifest, path);
    }

    /// <summary>A git fact for the image tag template, or null outside a repository (the template then says what is missing).</summary>
    private static string? Git(string folder, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // git is not installed: tag templates that need it report the missing value.
            return null;
        }
    }

    /// <summary>Progress lines on stderr, always through the redactor.</summary>
    private sealed class ConsoleProgress(TextWriter error, SecretRedactor redactor) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine("  " + redactor.Redact(value));
    }
}
