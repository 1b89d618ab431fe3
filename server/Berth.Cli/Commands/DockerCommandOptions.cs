using System.CommandLine;
using Berth.Docker;
using Berth.Docker.Connection;

namespace Berth.Cli.Commands;

/// <summary>
/// Options shared by build, run, push and stop, and the one place that turns their failures into exit codes:
/// 0 done, 1 the operation failed (engine, build step, registry), 2 bad usage or input.
/// </summary>
internal static partial class DockerCommandOptions
{
    public static Option<string?> Host() => new("--host", "-H") { Description = "Docker engine address (overrides DOCKER_HOST and the docker context)." };

    public static Option<string[]> Tags() => new("--tag", "-t") { Description = "Image reference to tag the result with (repeatable).", AllowMultipleArgumentsPerToken = false };

    public static async Task<int> RunAsync(CliConsole console, string verb, Func<CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        try
        {
            return await action(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await console.Error.WriteLineAsync($"berth {verb}: cancelled.").ConfigureAwait(false);
            return 1;
        }
        catch (CommandUsageException e)
        {
            await console.Error.WriteLineAsync($"berth {verb}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrInput;
        }
        catch (DockerOperationException e) when (e is Berth.Docker.Context.BuildContextException)
        {
            await console.Error.WriteLineAsync($"berth {verb}: {e.Message}").ConfigureAwait(false);
            return ExitCodes.UsageOrInput;
        }
        catch (DockerOperationException e)
        {
            await console.Error.WriteLineAsync($"berth {verb}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }

    public static Task<DockerEngine> ConnectAsync(string? host, CancellationToken cancellationToken) =>
        DockerEngine.ConnectAsync(host, cancellationToken);

    /// <summary>Reads K=V pairs; a pair without '=' is a usage error with the offending text.</summary>
    public static Dictionary<string, string> Pairs(IEnumerable<string>? values, string option)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values ?? [])
        {
            var eq = value.IndexOf('=');
            if (eq <= 0) throw new CommandUsageException($"{option} {value}: write KEY=VALUE.");
            pairs[value[..eq]] = value[(eq + 1)..];
        }
        return pairs;
    }
}

/// <summary>A bad option value: exit code 2 with the message.</summary>
internal sealed class CommandUsageException(string message) : Exception(message);
