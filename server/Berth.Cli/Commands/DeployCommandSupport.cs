using System.CommandLine;
using Berth.AlibabaCloud;
using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Deployment;
using Berth.AlibabaCloud.Redaction;
using Berth.Manifest.Model;
using Berth.Workspace.Cloud;

namespace Berth.Cli.Commands;

/// <summary>
/// What the Alibaba Cloud commands (deploy, acr login, ecs list, push to ACR) share: the options, and turning
/// failures into one message and an exit code. Finding the manifest and the credentials is
/// <see cref="DeployManifestLoader"/> and <see cref="AlibabaCloudSession"/> (Berth.Workspace), shared with the editor.
/// </summary>
public static class DeployCommandSupport
{
    public static readonly string[] ManifestNames = DeployManifestLoader.ManifestNames;

    // --manifest as in build/run/push; --file/-f kept for scripts written before.
    public static Option<string> FileOption() => new("--manifest", "-m", "--file", "-f")
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
    public sealed record Context(BerthManifest Manifest, EcsDeployer Deployer, IProgress<string> Progress);

    public static Task<int> RunAsync(
        string commandName, CliConsole console, ParseResult parse, Option<string> file, Option<string>? environment, Option<string> profile,
        Func<Context, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parse);
        return RunAsync(commandName, console, parse.GetValue(file), environment is null ? null : parse.GetValue(environment), parse.GetValue(profile),
            body, cancellationToken);
    }

    public static async Task<int> RunAsync(
        string commandName, CliConsole console, string? file, string? environment, string? profile,
        Func<Context, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(body);
        var redactor = SecretRedactor.Shared;
        try
        {
            LoadedManifest manifest;
            try
            {
                manifest = DeployManifestLoader.Load(file, console.CurrentDirectory, environment, Environment.GetEnvironmentVariable);
            }
            catch (ManifestLoadException error)
            {
                foreach (var problem in error.Problems)
                {
                    await console.Error.WriteLineAsync(problem).ConfigureAwait(false);
                }
                await console.Error.WriteLineAsync("berth: " + error.Message).ConfigureAwait(false);
                return ExitCodes.UsageOrInput;
            }
            var progress = new ConsoleProgress(console.Error, redactor);
            var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            var session = await AlibabaCloudSession.ConnectAsync(manifest.Manifest, http, new AlibabaCloudSessionOptions
            {
                RequestedProfile = profile,
                Redactor = redactor,
            }, progress, cancellationToken).ConfigureAwait(false);
            return await body(new Context(session.Manifest, session.Deployer, progress)).ConfigureAwait(false);
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

    /// <summary>Progress lines on stderr, always through the redactor.</summary>
    private sealed class ConsoleProgress(TextWriter error, SecretRedactor redactor) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine("  " + redactor.Redact(value));
    }
}
