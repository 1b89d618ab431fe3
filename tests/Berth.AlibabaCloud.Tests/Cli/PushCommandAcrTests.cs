using System.CommandLine;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Tests.Support;
using Berth.Cli;
using Berth.Cli.Commands;

namespace Berth.AlibabaCloud.Tests.Cli;

/// <summary>
/// <c>berth push</c> with registry.provider: acr: the emulator's Enterprise instance points at the real test registry
/// and hands out its login, so the push really lands there. --registry docker keeps the plain push.
/// </summary>
[Collection(ProcessEnvironmentCollection.Name)]
public sealed class PushCommandAcrTests : IAsyncLifetime
{
    private readonly TestDocker _docker = new();
    private readonly TemporaryHome _home = new();
    private readonly Dictionary<string, string?> _saved = new();
    private readonly string _local = "berth-cli-acr-" + Guid.NewGuid().ToString("N")[..8];
    private AlibabaCloudEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        _emulator.Registry.AddInstance(new EmulatedRegistryInstance("cri-clipush01", "clipush", _docker.Registry));
        _home.Write("berth.yaml", $$"""
            version: 1
            image: { name: {{_local}}, tag: "1" }
            registry: { provider: acr, region: cn-hangzhou, edition: enterprise, instanceId: cri-clipush01, namespace: cli-push, repository: {{_local}}, createIfMissing: true }
            """);
        foreach (var (name, value) in _emulator.EndpointEnvironment)
        {
            Set(name, value);
        }
        Set("HOME", _home.Path);
        Set("DOCKER_CONFIG", _docker.ConfigDirectory);
        Set("ALIBABA_CLOUD_ACCESS_KEY_ID", AlibabaCloudEmulator.AccessKeyId);
        Set("ALIBABA_CLOUD_ACCESS_KEY_SECRET", AlibabaCloudEmulator.AccessKeySecret);
        Set("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        var tagged = await _docker.DockerAsync("tag", _docker.BaseImage, _local + ":1");
        Assert.True(tagged.ExitCode == 0, tagged.Error);
    }

    public async Task DisposeAsync()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
        await _emulator.DisposeAsync();
        await _docker.DockerAsync("rmi", _local + ":1");
        _home.Dispose();
        _docker.Dispose();
    }

    private void Set(string name, string? value)
    {
        _saved.TryAdd(name, Environment.GetEnvironmentVariable(name));
        Environment.SetEnvironmentVariable(name, value);
    }

    private async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, OutputIsTerminal: false, _home.Path);
        var root = new RootCommand { PushCommand.Create(console) };
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Pushes_to_acr_with_a_temporary_token_and_prints_reference_digest_and_console_link()
    {
        var (code, output, error) = await RunAsync("push", "--host", _docker.DockerHost);

        Assert.True(code == 0, output + error);
        var pushed = $"{_docker.Registry}/cli-push/{_local}:1";
        Assert.Contains($"Pushed {pushed}@sha256:", output, StringComparison.Ordinal);
        Assert.Contains("Repository in the ACR console: https://", output, StringComparison.Ordinal);
        Assert.Contains("cri-clipush01", output, StringComparison.Ordinal);
        Assert.True(_emulator.Registry.HasRepository("cri-clipush01", "cli-push", _local));
        Assert.DoesNotContain(_docker.RegistryPassword, output + error, StringComparison.Ordinal);
        Assert.DoesNotContain(AlibabaCloudEmulator.AccessKeySecret, output + error, StringComparison.Ordinal);
        // The registry really has it: pull it back with the test login.
        var login = await _docker.DockerWithInputAsync(_docker.RegistryPassword + "\n", "login", "--username", _docker.RegistryUser, "--password-stdin", _docker.Registry);
        Assert.True(login.ExitCode == 0, login.Error);
        try
        {
            var pulled = await _docker.DockerAsync("pull", pushed);
            Assert.True(pulled.ExitCode == 0, pulled.Output + pulled.Error);
        }
        finally
        {
            await _docker.DockerAsync("logout", _docker.Registry);
            await _docker.DockerAsync("rmi", pushed);
        }
    }

    [Fact]
    public async Task Registry_docker_keeps_the_plain_push_and_asks_nothing_of_alibaba_cloud()
    {
        var target = $"{_docker.Registry}/plain-push/{_local}:1";
        var login = await _docker.DockerWithInputAsync(_docker.RegistryPassword + "\n", "login", "--username", _docker.RegistryUser, "--password-stdin", _docker.Registry);
        Assert.True(login.ExitCode == 0, login.Error);
        try
        {
            var (code, output, error) = await RunAsync("push", _local + ":1", "--tag", target, "--registry", "docker", "--host", _docker.DockerHost);

            Assert.True(code == 0, output + error);
            Assert.Contains($"Pushed {target}@sha256:", output, StringComparison.Ordinal);
            Assert.DoesNotContain("ACR console", output, StringComparison.Ordinal);
            Assert.Empty(_emulator.Calls);
        }
        finally
        {
            await _docker.DockerAsync("logout", _docker.Registry);
            await _docker.DockerAsync("rmi", target);
        }
    }

    [Fact]
    public async Task Registry_acr_without_a_registry_section_is_one_clear_message()
    {
        _home.Write("berth.yaml", $$"""
            version: 1
            image: { name: {{_local}}, tag: "1" }
            alibabaCloud: { region: cn-hangzhou }
            """);

        var (code, _, error) = await RunAsync("push", "--registry", "acr", "--host", _docker.DockerHost);

        Assert.Equal(2, code);
        Assert.Contains("berth push: berth.yaml has no registry section", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
