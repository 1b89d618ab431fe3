using System.CommandLine;
using System.Diagnostics;

namespace Berth.Cli.Commands;

/// <summary>
/// <c>berth acr login</c>: docker login to the manifest's Container Registry with a temporary token.
/// The password goes to docker on stdin, never as an argument.
/// </summary>
public static class AcrCommand
{
    public static Command Create(CliConsole console)
    {
        var file = DeployCommandSupport.FileOption();
        var environment = DeployCommandSupport.EnvironmentOption();
        var profile = DeployCommandSupport.ProfileOption();
        var login = new Command("login", "Log docker in to the manifest's Container Registry with a temporary token.") { file, environment, profile };
        login.SetAction((parse, cancellationToken) => DeployCommandSupport.RunAsync("acr login", console, parse, file, environment, profile, async context =>
        {
            var target = await context.Deployer.PrepareRegistryAsync(context.Manifest, createIfMissing: false, cancellationToken).ConfigureAwait(false);
            var info = new ProcessStartInfo("docker")
            {
                ArgumentList = { "login", "--username", target.Token.UserName, "--password-stdin", target.RegistryDomain },
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            Process process;
            try
            {
                process = Process.Start(info)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                await console.Error.WriteLineAsync("berth acr login: the docker command is not installed or not on PATH. Install the Docker CLI and try again.").ConfigureAwait(false);
                return ExitCodes.UsageOrInput;
            }
            using (process)
            {
                await process.StandardInput.WriteLineAsync(target.Token.Password).ConfigureAwait(false);
                process.StandardInput.Close();
                var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                var error = await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
                if (process.ExitCode != 0)
                {
                    await console.Error.WriteLineAsync($"berth acr login: docker login to {target.RegistryDomain} failed: {Berth.AlibabaCloud.Redaction.SecretRedactor.Shared.Redact(error.Trim())}").ConfigureAwait(false);
                    return ExitCodes.Findings;
                }
                _ = output;
            }
            await console.Out.WriteLineAsync($"Logged in to {target.RegistryDomain} as {target.Token.UserName} until {target.Token.ExpiresAt:u}. Repository: {target.Repository} ({target.ConsoleUrl})").ConfigureAwait(false);
            return ExitCodes.Success;
        }, cancellationToken));
        return new Command("acr", "Alibaba Cloud Container Registry.") { login };
    }
}
