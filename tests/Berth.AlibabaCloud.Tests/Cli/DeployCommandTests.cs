using System.CommandLine;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Tests.Support;
using Berth.Cli;
using Berth.Cli.Commands;

namespace Berth.AlibabaCloud.Tests.Cli;

[Collection(ProcessEnvironmentCollection.Name)]
public sealed class DeployCommandTests : IAsyncLifetime
{
    private readonly TemporaryHome _home = new();
    private readonly Dictionary<string, string?> _saved = new();
    private AlibabaCloudEmulator _emulator = null!;

    private const string Manifest = """
        version: 1
        image: { name: api, tag: "7" }
        run:
          env: { TOKEN_HINT: "$(id)" }
        registry: { provider: acr, region: cn-hangzhou, edition: enterprise, instanceId: cri-cli00001, namespace: shop, repository: api }
        alibabaCloud: { region: cn-hangzhou }
        deploy:
          ecs: { tags: { app: api }, batchSize: 1 }
        environments:
          staging:
            deploy: { ecs: { tags: { app: api-staging } } }
        """;

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        _emulator.Registry.Login = new RegistryLogin("cli_user", "cli-registry-password");
        _emulator.Registry.AddInstance(new EmulatedRegistryInstance("cri-cli00001", "cli", "cli-registry.cn-hangzhou.cr.aliyuncs.com"));
        _emulator.Registry.AddNamespace("cri-cli00001", "shop");
        _emulator.Ecs.AddInstance(new EmulatedInstance("i-api1", "api-1") { Tags = new Dictionary<string, string> { ["app"] = "api" } });
        _emulator.Ecs.AddInstance(new EmulatedInstance("i-stg1", "stg-1") { Tags = new Dictionary<string, string> { ["app"] = "api-staging" } });
        _home.Write("berth.yaml", Manifest);

        foreach (var (name, value) in _emulator.EndpointEnvironment)
        {
            Set(name, value);
        }
        Set("HOME", _home.Path);
        Set("ALIBABA_CLOUD_ACCESS_KEY_ID", AlibabaCloudEmulator.AccessKeyId);
        Set("ALIBABA_CLOUD_ACCESS_KEY_SECRET", AlibabaCloudEmulator.AccessKeySecret);
        Set("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    }

    public async Task DisposeAsync()
    {
        foreach (var (name, value) in _saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
        await _emulator.DisposeAsync();
        _home.Dispose();
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
        var root = new RootCommand { DeployCommand.Create(console), AcrCommand.Create(console), EcsCommand.Create(console) };
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Dry_run_prints_the_plan_and_script_with_secrets_masked_and_changes_nothing()
    {
        _emulator.Registry.AddNamespace("cri-cli00001", "shop");
        await new Berth.AlibabaCloud.Acr.ContainerRegistryClient(EmulatorClients.Client(_emulator)).CreateRepositoryAsync("cri-cli00001", "shop", "api", CancellationToken.None);

        var (code, output, error) = await RunAsync("deploy", "--dry-run");

        Assert.True(code == 0, error);
        Assert.Contains("Image: cli-registry.cn-hangzhou.cr.aliyuncs.com/shop/api:7", output, StringComparison.Ordinal);
        Assert.Contains("batch 1: i-api1 api-1", output, StringComparison.Ordinal);
        Assert.Contains("docker login --username 'cli_user' --password-stdin", output, StringComparison.Ordinal);
        Assert.Contains("-e 'TOKEN_HINT=$(id)'", output, StringComparison.Ordinal);
        Assert.DoesNotContain("cli-registry-password", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain(AlibabaCloudEmulator.AccessKeySecret, output + error, StringComparison.Ordinal);
        Assert.Contains("environment variables", error, StringComparison.Ordinal);
        Assert.DoesNotContain(_emulator.Calls, c => c.Action == "RunCommand");
    }

    [Fact]
    public async Task Ecs_list_honours_the_environment_option()
    {
        var (code, output, error) = await RunAsync("ecs", "list", "--env", "staging");
        Assert.True(code == 0, error);
        Assert.Contains("i-stg1\tstg-1\tRunning", output, StringComparison.Ordinal);
        Assert.DoesNotContain("i-api1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_repository_is_one_clear_message_and_exit_code_2()
    {
        var (code, output, error) = await RunAsync("deploy", "--dry-run");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("berth deploy: The repository 'shop/api' does not exist", error.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_are_one_clear_message_naming_the_fix()
    {
        Set("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "wrong-secret-value");
        var (code, _, error) = await RunAsync("ecs", "list");
        Assert.Equal(1, code);
        Assert.Contains("SignatureDoesNotMatch", error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret-value", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_environment_is_reported_from_the_manifest()
    {
        var (code, _, error) = await RunAsync("deploy", "--env", "prod", "--dry-run");
        Assert.Equal(2, code);
        Assert.Contains("There is no environment `prod`", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_manifest_here_says_where_it_looked()
    {
        File.Delete(Path.Combine(_home.Path, "berth.yaml"));
        var (code, _, error) = await RunAsync("ecs", "list");
        Assert.Equal(2, code);
        Assert.Contains("no berth.yaml here", error, StringComparison.Ordinal);
    }
    [Fact]
    public async Task The_manifest_option_names_another_file_and_file_stays_an_alias()
    {
        File.Move(Path.Combine(_home.Path, "berth.yaml"), Path.Combine(_home.Path, "api.berth.yaml"));

        var (code, output, error) = await RunAsync("ecs", "list", "--manifest", Path.Combine(_home.Path, "api.berth.yaml"));
        Assert.True(code == 0, error);
        Assert.Contains("i-api1", output, StringComparison.Ordinal);

        (code, output, error) = await RunAsync("ecs", "list", "--file", Path.Combine(_home.Path, "api.berth.yaml"));
        Assert.True(code == 0, error);
        Assert.Contains("i-api1", output, StringComparison.Ordinal);

        (code, _, error) = await RunAsync("ecs", "list", "-m", Path.Combine(_home.Path, "missing.yaml"));
        Assert.Equal(2, code);
        Assert.Contains("Check the --manifest path.", error, StringComparison.Ordinal);
    }
}
