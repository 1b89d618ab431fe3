using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Deployment;
using Berth.AlibabaCloud.Ecs;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Tests.Ecs;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.Deployment;

/// <summary>
/// berth.yaml to a running container: the emulator's RunCommand executes the generated script with sh
/// against the real test engine, pulling from the real authenticated registry with the emulator's token.
/// </summary>
public sealed class EcsDeployEndToEndTests : IAsyncLifetime
{
    private readonly TestDocker _docker = new();
    private readonly RecordingProgress _progress = new();
    private readonly string _name = "berth-e2e-" + Guid.NewGuid().ToString("N")[..8];
    private AlibabaCloudEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        _emulator.Registry.AddInstance(new EmulatedRegistryInstance("cri-e2etest01", "e2e", _docker.Registry));
        _emulator.Registry.AddNamespace("cri-e2etest01", "berth-e2e");
        _emulator.Ecs.AddInstance(new EmulatedInstance("i-e2e", "e2e-host") { Tags = new Dictionary<string, string> { ["app"] = _name } });
        foreach (var variable in _docker.Environment)
        {
            _emulator.CloudAssistant.Environment[variable.Key] = variable.Value;
        }
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _docker.DockerAsync("rm", "-f", _name, _name + DeployScriptGenerator.PreviousSuffix);
        _docker.Dispose();
    }

    /// <summary>A web server on the port; a broken release runs but never serves, so the same health check fails for it only.</summary>
    private string Manifest(string tag, int port, string message, bool broken = false, bool rollback = true) => $$"""
        version: 1
        image: { name: web, tag: "{{tag}}" }
        run:
          network: host
          env: { BERTH_MSG: {{System.Text.Json.JsonSerializer.Serialize(message)}} }
          command: ["/bin/sh", "-c", "{{(broken ? "exec sleep 600" : "mkdir -p /www && printf '%s' \\\"$BERTH_MSG\\\" > /www/index.html && exec httpd -f -p 127.0.0.1:" + port + " -h /www")}}"]
          healthcheck: { http: "http://127.0.0.1:{{port}}/index.html", interval: 1s, retries: {{(broken ? 3 : 30)}} }
        registry: { provider: acr, region: cn-hangzhou, edition: enterprise, instanceId: cri-e2etest01, namespace: berth-e2e, repository: deploy, createIfMissing: true }
        alibabaCloud: { region: cn-hangzhou }
        deploy:
          ecs: { tags: { app: {{_name}} }, containerName: {{_name}}, batchSize: 1, timeout: 3m, rollback: {{(rollback ? "true" : "false")}} }
        """;

    private async Task<RolloutResult> DeployAsync(string yaml)
    {
        var manifest = ManifestDeploy.Resolve(yaml);
        var deployer = new EcsDeployer(EmulatorClients.Http,
            new ResolvedCredentials(new StaticCredentialsProvider(EmulatorClients.Credentials), "test", null),
            name => _emulator.EndpointEnvironment.TryGetValue(name, out var v) ? v : null, TimeProvider.System, _progress);
        await deployer.PrepareRegistryAsync(manifest, createIfMissing: true, CancellationToken.None);
        var plan = await deployer.PlanAsync(manifest, CancellationToken.None);
        return await deployer.ExecuteAsync(manifest, plan, CancellationToken.None);
    }

    [Fact]
    public async Task Deploys_a_real_container_and_a_failing_health_deploy_leaves_it_running()
    {
        var tag = _name;
        await _docker.PushBaseImageAsync("berth-e2e/deploy", tag);
        var port = TestDocker.FreeLoopbackPort();
        var message = "hello from ECS: it's $(id) `id`";

        var first = await DeployAsync(Manifest(tag, port, message));

        Assert.True(first.Succeeded, first.FailureMessage + "\n" + _progress.All);
        Assert.Equal($"runs {_docker.Registry}/berth-e2e/deploy:{tag}", first.Instances.Single().NowRunning);
        Assert.Equal(message, await DeployScriptDockerTests.GetAsync(port));

        var second = await DeployAsync(Manifest(tag, port, "broken release", broken: true));

        Assert.False(second.Succeeded);
        var outcome = second.Instances.Single();
        Assert.Equal("Failed", outcome.Status);
        Assert.Equal(DeployScriptExitCodes.Unhealthy, outcome.ExitCode);
        Assert.Contains("restoring the previous container", outcome.Output, StringComparison.Ordinal);
        Assert.Contains("berth: rollback healthy", outcome.Output, StringComparison.Ordinal);
        Assert.Equal(message, await DeployScriptDockerTests.GetWhenListeningAsync(port));
        Assert.DoesNotContain(_docker.RegistryPassword, _progress.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_rollback_off_a_failed_deploy_leaves_the_new_container_stopped_and_keeps_nothing()
    {
        var tag = _name;
        await _docker.PushBaseImageAsync("berth-e2e/deploy", tag);
        var port = TestDocker.FreeLoopbackPort();

        var first = await DeployAsync(Manifest(tag, port, "v1", rollback: false));
        Assert.True(first.Succeeded, first.FailureMessage + "\n" + _progress.All);
        Assert.Equal("v1", await DeployScriptDockerTests.GetAsync(port));

        var second = await DeployAsync(Manifest(tag, port, "v2", broken: true, rollback: false));

        Assert.False(second.Succeeded);
        var outcome = second.Instances.Single();
        Assert.Equal(DeployScriptExitCodes.FailedWithoutRollback, outcome.ExitCode);
        Assert.Equal(DeployScriptExitCodes.Describe(DeployScriptExitCodes.FailedWithoutRollback), outcome.NowRunning);
        Assert.Contains("left stopped for inspection", outcome.Output, StringComparison.Ordinal);
        var state = await _docker.DockerAsync("inspect", "-f", "{{.State.Running}} {{.Config.Env}}", _name);
        Assert.StartsWith("false ", state.Output.Trim(), StringComparison.Ordinal);
        Assert.Contains("BERTH_MSG=v2", state.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, (await _docker.DockerAsync("container", "inspect", _name + DeployScriptGenerator.PreviousSuffix)).ExitCode);
        await Assert.ThrowsAsync<HttpRequestException>(() => DeployScriptDockerTests.GetAsync(port));
    }
}
