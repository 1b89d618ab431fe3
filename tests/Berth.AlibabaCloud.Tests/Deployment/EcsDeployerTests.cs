using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Deployment;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Redaction;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.Deployment;

/// <summary>Planning from a manifest against the emulator (no engine needed): dry-run text, targets, masking.</summary>
public sealed class EcsDeployerTests : IAsyncLifetime
{
    private readonly RecordingProgress _progress = new();
    private readonly SecretRedactor _redactor = new();
    private AlibabaCloudEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        _emulator.Registry.Login = new RegistryLogin("temp_user", "plan-password-secret");
        _emulator.Registry.AddInstance(new EmulatedRegistryInstance("cri-plan0001", "acme", "acme-registry.cn-shanghai.cr.aliyuncs.com") { RegionId = "cn-shanghai" });
        _emulator.Registry.AddNamespace("cri-plan0001", "shop");
        for (var i = 1; i <= 3; i++)
        {
            _emulator.Ecs.AddInstance(new EmulatedInstance($"i-{i}", $"api-{i}") { RegionId = "cn-shanghai", Tags = new Dictionary<string, string> { ["app"] = "api" } });
        }
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private EcsDeployer Deployer => new(EmulatorClients.Http,
        new ResolvedCredentials(new StaticCredentialsProvider(EmulatorClients.Credentials), "test", null),
        name => _emulator.EndpointEnvironment.TryGetValue(name, out var v) ? v : null, TimeProvider.System, _progress, _redactor);

    private const string Manifest = """
        version: 1
        image: { name: api, tag: "{git.shortSha}" }
        run:
          ports: ["80:8080"]
          env: { GREETING: "it's $(id) `id`" }
          healthcheck: { http: "http://localhost:8080/healthz", interval: 2s, retries: 4 }
        registry: { provider: acr, region: cn-shanghai, edition: enterprise, instanceId: cri-plan0001, namespace: shop, repository: api, createIfMissing: true }
        alibabaCloud: { region: cn-shanghai }
        deploy:
          ecs: { tags: { app: api }, batchSize: 2, timeout: 3m }
        """;

    [Fact]
    public async Task The_plan_names_image_batches_and_a_script_with_the_password_masked()
    {
        var manifest = ManifestDeploy.Resolve(Manifest);
        // Planning never creates anything: the repository must exist (it was pushed).
        _emulator.Registry.AddNamespace("cri-plan0001", "shop");
        var push = await Deployer.PrepareRegistryAsync(manifest, createIfMissing: true, CancellationToken.None);

        var plan = await Deployer.PlanAsync(manifest, CancellationToken.None);
        var text = plan.Describe();

        Assert.Equal("acme-registry.cn-shanghai.cr.aliyuncs.com/shop/api:0123456", plan.ImageReference);
        Assert.Equal("acme-registry.cn-shanghai.cr.aliyuncs.com/shop/api", push.Repository);
        Assert.Equal(2, plan.Options.BatchSize);
        Assert.Equal(TimeSpan.FromMinutes(3), plan.Options.Timeout);
        Assert.Contains("batch 1: i-1 api-1", text, StringComparison.Ordinal);
        Assert.Contains("batch 2: i-3 api-3", text, StringComparison.Ordinal);
        Assert.DoesNotContain("plan-password-secret", text, StringComparison.Ordinal);
        Assert.Contains("plan-password-secret", plan.Script.Text, StringComparison.Ordinal);
        // The healthcheck names container port 8080; from the instance it is probed on host port 80.
        Assert.Contains("'http://localhost:80/healthz'", text, StringComparison.Ordinal);
        Assert.Contains("-e 'GREETING=it'\\''s $(id) `id`'", text, StringComparison.Ordinal);
        Assert.DoesNotContain(_emulator.Calls, c => c.Action == "RunCommand");
        Assert.DoesNotContain("plan-password-secret", _progress.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planning_a_missing_repository_says_to_push_first()
    {
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Deployer.PlanAsync(ManifestDeploy.Resolve(Manifest), CancellationToken.None));
        Assert.Contains("repository 'shop/api' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_the_instances_the_manifest_targets()
    {
        var instances = await Deployer.ListAsync(ManifestDeploy.Resolve(Manifest), CancellationToken.None);
        Assert.Equal(["i-1", "i-2", "i-3"], instances.Select(i => i.InstanceId));
    }

    [Fact]
    public async Task A_manifest_without_deploy_ecs_says_what_to_add()
    {
        var manifest = ManifestDeploy.Resolve("version: 1\nimage: { name: api }\nregistry: { provider: acr, region: cn-shanghai, namespace: shop }\n");
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Deployer.ListAsync(manifest, CancellationToken.None));
        Assert.Contains("deploy.ecs", error.Message, StringComparison.Ordinal);
    }
}
