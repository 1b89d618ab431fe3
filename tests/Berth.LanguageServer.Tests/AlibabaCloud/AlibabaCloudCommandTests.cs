using Berth.AlibabaCloud.Emulator;
using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.AlibabaCloud;

/// <summary>
/// berth.pushAcr and berth.deploy through the real server process: Alibaba Cloud is the emulator (reached through
/// BERTH_ECS_ENDPOINT / BERTH_CR_ENDPOINT in the server's environment), whose Cloud Assistant runs the generated
/// script with sh against the real test engine, pulling from the real test registry with the emulator's token.
/// </summary>
public sealed class AlibabaCloudCommandTests : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    private readonly CloudTestEnvironment _env = new();
    private readonly string _name = "berthlsp" + Guid.NewGuid().ToString("N")[..10];
    private readonly string _folder;
    private readonly int _port = FreeLoopbackPort();
    private AlibabaCloudEmulator _emulator = null!;

    public AlibabaCloudCommandTests()
    {
        _folder = Path.Combine(Path.GetTempPath(), _name);
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), $"FROM {_env.BaseImage}\n");
    }

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        _emulator.Registry.Login = new RegistryLogin(_env.RegistryUser, _env.RegistryPassword);
        _emulator.Registry.AddInstance(new EmulatedRegistryInstance("cri-lsp000001", "lsp", _env.Registry));
        _emulator.Ecs.AddInstance(new EmulatedInstance("i-lsp" + _name[^6..], "lsp-host") { Tags = new Dictionary<string, string> { ["app"] = _name } });
        foreach (var (key, value) in _env.ScriptEnvironment) _emulator.CloudAssistant.Environment[key] = value;
        var tagged = await _env.DockerAsync("tag", _env.BaseImage, _name + ":1");
        Assert.True(tagged.ExitCode == 0, tagged.Output);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _env.DockerAsync("rm", "-f", _name, _name + "-berth-previous");
        await _env.DockerAsync("rmi", "-f", _name + ":1", $"{_env.Registry}/lsp-push/{_name}:1");
        Directory.Delete(_folder, recursive: true);
        _env.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>No region in the manifest: it comes from the berth.alibabaCloud.region setting.</summary>
    private string Manifest(string message, bool broken = false, int retries = 30, bool deploy = true) => $$"""
        version: 1
        image: { name: {{_name}}, tag: "1" }
        run:
          network: host
          restart: "no"
          env: { BERTH_MSG: "{{message}}" }
          command: ["/bin/sh", "-c", "{{(broken ? "exec sleep 600" : "mkdir -p /www && printf '%s' \\\"$BERTH_MSG\\\" > /www/index.html && exec httpd -f -p 127.0.0.1:" + _port + " -h /www")}}"]
          healthcheck: { http: "http://127.0.0.1:{{_port}}/index.html", interval: 1s, retries: {{retries}} }
        registry: { provider: acr, edition: enterprise, instanceId: cri-lsp000001, namespace: lsp-push, repository: {{_name}}, createIfMissing: true }
        """ + (deploy ? $$"""

        deploy:
          ecs: { tags: { app: {{_name}} }, containerName: {{_name}}, batchSize: 1, timeout: 3m }
        """ : "");

    private string Uri(string file) => new Uri(Path.Combine(_folder, file)).AbsoluteUri;

    private async Task<LspTestClient> StartAsync()
    {
        var environment = new Dictionary<string, string>(_emulator.EndpointEnvironment)
        {
            ["DOCKER_HOST"] = _env.DockerHost,
            ["DOCKER_CONFIG"] = _env.ConfigDirectory,
            ["HOME"] = _env.Home,
            ["ALIBABA_CLOUD_ACCESS_KEY_ID"] = AlibabaCloudEmulator.AccessKeyId,
            ["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = AlibabaCloudEmulator.AccessKeySecret,
            ["ALIBABA_CLOUD_ECS_METADATA_DISABLED"] = "true",
        };
        var client = LspTestClient.Start(environment);
        var settings = new JObject { ["alibabaCloud"] = new JObject { ["region"] = "cn-hangzhou" } };
        client.ConfigurationAnswer = settings;
        await client.InitializeAsync(initializationOptions: settings);
        return client;
    }

    private static async Task<(int Id, Task<JObject> Response)> ExecuteAsync(LspTestClient client, string command, string uri)
    {
        var sent = await client.SendRequestAsync("workspace/executeCommand", new JObject { ["command"] = command, ["arguments"] = new JArray(uri) });
        // A command that fails before its work starts answers without asking for a progress bar.
        var create = client.WaitForServerRequestAsync("window/workDoneProgress/create");
        if (await Task.WhenAny(create, sent.Response) == create)
        {
            await client.RespondAsync((await create)["id"]!, JValue.CreateNull());
        }
        else
        {
            _ = create.ContinueWith(t => t.Exception, TaskScheduler.Default);
        }
        return sent;
    }

    private static async Task<string> GetAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        return await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/index.html"));
    }

    private string AllSent(LspTestClient client) =>
        string.Join("\n", client.Notifications("$/progress").Concat(client.Notifications("window/logMessage")).Select(n => n.ToString()));

    private void AssertNoSecrets(LspTestClient client, JObject response)
    {
        var all = AllSent(client) + response + client.StandardError;
        Assert.DoesNotContain(_env.RegistryPassword, all, StringComparison.Ordinal);
        Assert.DoesNotContain(AlibabaCloudEmulator.AccessKeySecret, all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_then_deploy_ends_with_a_container_answering_http_and_a_failing_deploy_reports_the_instance_output()
    {
        File.WriteAllText(Path.Combine(_folder, "berth.yaml"), Manifest("hello from the editor"));
        await using var client = await StartAsync();

        var (_, pushing) = await ExecuteAsync(client, "berth.pushAcr", Uri("Dockerfile"));
        var pushed = await pushing.WaitAsync(CommandTimeout);

        Assert.True(pushed["error"] is null, pushed + "\n" + client.StandardError);
        Assert.Contains($"Pushed {_env.Registry}/lsp-push/{_name}:1@sha256:", (string?)pushed["result"], StringComparison.Ordinal);
        Assert.Contains("ACR console", (string?)pushed["result"], StringComparison.Ordinal);
        Assert.True(_emulator.Registry.HasRepository("cri-lsp000001", "lsp-push", _name));
        Assert.Contains(client.Notifications("$/progress"), p => (int?)p["value"]!["percentage"] is > 0);

        var (_, deploying) = await ExecuteAsync(client, "berth.deploy", Uri("berth.yaml"));
        var deployed = await deploying.WaitAsync(CommandTimeout);

        Assert.True(deployed["error"] is null, deployed + "\n" + AllSent(client));
        Assert.Contains($"runs {_env.Registry}/lsp-push/{_name}:1", (string?)deployed["result"], StringComparison.Ordinal);
        Assert.Equal("hello from the editor", await GetAsync(_port));
        var reports = client.Notifications("$/progress").Select(p => p["value"]!).Where(v => (string?)v["kind"] == "report").ToList();
        Assert.Contains(reports, v => ((string?)v["message"] ?? "").StartsWith("Batch 1/1", StringComparison.Ordinal));
        Assert.Contains(reports, v => ((string?)v["message"] ?? "").Contains("Success", StringComparison.Ordinal) && (int?)v["percentage"] == 100);

        // A broken release: it runs but never serves; the script restores the previous container and says it is healthy.
        File.WriteAllText(Path.Combine(_folder, "berth.yaml"), Manifest("broken", broken: true, retries: 3));
        var (_, failing) = await ExecuteAsync(client, "berth.deploy", Uri("Dockerfile"));
        var failed = await failing.WaitAsync(CommandTimeout);

        var error = failed["error"];
        Assert.NotNull(error);
        Assert.Equal(-32803, (int)error!["code"]!);
        var message = (string)error["message"]!;
        Assert.Contains("The deploy failed on i-lsp", message, StringComparison.Ordinal);
        Assert.Contains("restoring the previous container", message, StringComparison.Ordinal);
        Assert.Contains("rollback healthy", message, StringComparison.Ordinal);
        Assert.Equal("hello from the editor", await GetAsync(_port));
        AssertNoSecrets(client, failed);
    }

    [Fact]
    public async Task Cancelling_a_deploy_stops_the_invocation_and_answers_cancelled()
    {
        File.WriteAllText(Path.Combine(_folder, "berth.yaml"), Manifest("slow", broken: true, retries: 100));
        await using var client = await StartAsync();
        var (_, pushing) = await ExecuteAsync(client, "berth.pushAcr", Uri("berth.yaml"));
        var pushed = await pushing.WaitAsync(CommandTimeout);
        Assert.True(pushed["error"] is null, pushed.ToString());

        var (_, deploying) = await ExecuteAsync(client, "berth.deploy", Uri("berth.yaml"));
        var batch = await client.WaitForNotificationAsync("$/progress",
            p => ((string?)p["value"]!["message"] ?? "").StartsWith("Batch 1/1", StringComparison.Ordinal));
        await client.NotifyAsync("window/workDoneProgress/cancel", new JObject { ["token"] = batch["token"] });
        var cancelled = await deploying.WaitAsync(CommandTimeout);

        Assert.Equal(-32800, (int)cancelled["error"]!["code"]!);
        Assert.Contains("invocation was stopped", (string?)cancelled["error"]!["message"], StringComparison.Ordinal);
        Assert.Contains(_emulator.Calls, c => c.Action == "StopInvocation");
        Assert.Equal("end", (string?)client.Notifications("$/progress").Last(p => (string?)p["token"] == (string?)batch["token"])["value"]!["kind"]);
    }

    [Fact]
    public async Task Code_lenses_offer_push_and_deploy_only_for_the_sections_the_manifest_has()
    {
        File.WriteAllText(Path.Combine(_folder, "berth.yaml"), Manifest("lenses", deploy: false));
        await using var client = await StartAsync();
        await client.OpenAsync(Uri("Dockerfile"), $"FROM {_env.BaseImage}\n");

        var dockerfile = (JArray)(await client.RequestAsync("textDocument/codeLens", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri("Dockerfile") } }))["result"]!;
        var commands = dockerfile.Select(l => (string?)l["command"]!["command"]).ToList();
        Assert.Contains("berth.pushAcr", commands);
        Assert.DoesNotContain("berth.deploy", commands);
        Assert.Equal("Push to Alibaba Cloud", (string?)dockerfile.Single(l => (string?)l["command"]!["command"] == "berth.pushAcr")["command"]!["title"]);

        // The open manifest's own text counts, not the file on disk.
        await client.OpenAsync(Uri("berth.yaml"), Manifest("lenses"), languageId: "yaml");
        var manifest = (JArray)(await client.RequestAsync("textDocument/codeLens", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri("berth.yaml") } }))["result"]!;
        Assert.Equal(["Push to Alibaba Cloud", "Deploy to ECS"], manifest.Select(l => (string?)l["command"]!["title"]));
        Assert.All(manifest, l =>
        {
            Assert.Equal(0, (int)l["range"]!["start"]!["line"]!);
            Assert.Equal(Uri("berth.yaml"), (string?)l["command"]!["arguments"]![0]);
        });
        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri("berth.yaml") },
            ["range"] = LspTestClient.Range(0, 0, 0, 0),
            ["context"] = new JObject { ["diagnostics"] = new JArray(), ["only"] = new JArray("source.berth") },
        }))["result"]!;
        // The engine's own source actions (build, run, push, stop) come first; the Alibaba Cloud ones follow.
        Assert.Equal(["source.berth.build", "source.berth.run", "source.berth.push", "source.berth.stop", "source.berth.pushAcr", "source.berth.deploy"],
            actions.Select(a => (string?)a["kind"]));
        actions = new JArray(actions.Where(a => ((string?)a["kind"])!.EndsWith("pushAcr", StringComparison.Ordinal) || ((string?)a["kind"])!.EndsWith("deploy", StringComparison.Ordinal)));
        Assert.Equal(["berth.pushAcr", "berth.deploy"], actions.Select(a => (string?)a["command"]!["command"]));
        var lightBulb = (JArray)(await client.RequestAsync("textDocument/codeAction", new JObject
        {
            ["textDocument"] = new JObject { ["uri"] = Uri("berth.yaml") },
            ["range"] = LspTestClient.Range(0, 0, 0, 0),
            ["context"] = new JObject { ["diagnostics"] = new JArray() },
        }))["result"]!;
        Assert.DoesNotContain(lightBulb, a => ((string?)a["kind"] ?? "").StartsWith("source.berth.", StringComparison.Ordinal));

        var withDeploy = (JArray)(await client.RequestAsync("textDocument/codeLens", new JObject { ["textDocument"] = new JObject { ["uri"] = Uri("Dockerfile") } }))["result"]!;
        Assert.Contains(withDeploy, l => (string?)l["command"]!["command"] == "berth.deploy");

        var invalid = await client.RequestAsync("workspace/executeCommand", new JObject { ["command"] = "berth.deploy", ["arguments"] = new JArray("not a uri") });
        Assert.Equal(-32602, (int)invalid["error"]!["code"]!);

        File.WriteAllText(Path.Combine(_folder, "berth.yaml"), Manifest("lenses", retries: 1000));
        var broken = await client.RequestAsync("workspace/executeCommand", new JObject { ["command"] = "berth.deploy", ["arguments"] = new JArray(Uri("Dockerfile")) });
        Assert.Equal(-32803, (int)broken["error"]!["code"]!);
        Assert.StartsWith("berth.yaml has errors: ", (string?)broken["error"]!["message"], StringComparison.Ordinal);
        Assert.Contains("retries", (string?)broken["error"]!["message"], StringComparison.Ordinal);
    }
}
