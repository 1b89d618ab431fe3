using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Deployment;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Tests.Deployment;
using Berth.AlibabaCloud.Tests.Support;
using Berth.Workspace.Cloud;
using Berth.Docker.Connection;

namespace Berth.AlibabaCloud.Tests.Cli;

/// <summary>Push to ACR: the emulator's Enterprise instance points at the real test registry and hands out its login.</summary>
public sealed class AcrPushTests : IAsyncLifetime
{
    private readonly TestDocker _docker = new();
    private readonly RecordingProgress _progress = new();
    private readonly string _local = "berth-acr-push-" + Guid.NewGuid().ToString("N")[..8];
    private AlibabaCloudEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        _emulator.Registry.AddInstance(new EmulatedRegistryInstance("cri-push00001", "push", _docker.Registry));
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _docker.DockerAsync("rmi", _local + ":1");
        _docker.Dispose();
    }

    [Fact]
    public async Task Creates_the_repository_and_pushes_with_the_temporary_token()
    {
        var tagged = await _docker.DockerAsync("tag", _docker.BaseImage, _local + ":1");
        Assert.True(tagged.ExitCode == 0, tagged.Error);
        var manifest = ManifestDeploy.Resolve($$"""
            version: 1
            image: { name: {{_local}}, tag: "1" }
            registry: { provider: acr, region: cn-hangzhou, edition: enterprise, instanceId: cri-push00001, namespace: acr-push, repository: {{_local}}, createIfMissing: true }
            """);
        var deployer = new EcsDeployer(EmulatorClients.Http,
            new ResolvedCredentials(new StaticCredentialsProvider(EmulatorClients.Credentials), "test", null),
            name => _emulator.EndpointEnvironment.TryGetValue(name, out var v) ? v : null, TimeProvider.System, _progress);
        using var engine = await DockerEngine.ConnectAsync(_docker.DockerHost, CancellationToken.None);

        var result = await AcrPush.PushAsync(deployer, manifest, engine, _progress, CancellationToken.None);

        Assert.Equal($"{_docker.Registry}/acr-push/{_local}:1", result.Reference);
        Assert.StartsWith("sha256:", result.Digest, StringComparison.Ordinal);
        Assert.True(_emulator.Registry.HasRepository("cri-push00001", "acr-push", _local));
        Assert.Contains("cri-push00001", result.ConsoleUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain(_docker.RegistryPassword, _progress.All, StringComparison.Ordinal);
    }
}
