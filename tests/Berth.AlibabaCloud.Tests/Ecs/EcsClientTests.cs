using Berth.AlibabaCloud.Ecs;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.Ecs;

public sealed class EcsClientTests : IAsyncLifetime
{
    private AlibabaCloudEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        for (var i = 1; i <= 25; i++)
        {
            _emulator.Ecs.AddInstance(new EmulatedInstance($"i-{i:D2}", $"web-{i}")
            {
                Tags = new Dictionary<string, string> { ["app"] = i % 2 == 0 ? "shop" : "blog", ["env"] = "prod" },
                PrivateIpAddress = $"10.0.0.{i}",
            });
        }
        _emulator.Ecs.AddInstance(new EmulatedInstance("i-other-region", "x") { RegionId = "cn-beijing" });
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private EcsClient Client => new(EmulatorClients.Client(_emulator));

    [Fact]
    public async Task Describes_instances_by_tag_across_pages()
    {
        var found = await Client.DescribeInstancesAsync([], new Dictionary<string, string> { ["app"] = "blog", ["env"] = "prod" }, CancellationToken.None);

        Assert.Equal(13, found.Count);
        Assert.All(found, i => Assert.Equal("blog", i.Tags["app"]));
        Assert.Equal("10.0.0.1", found[0].PrivateIp);
        Assert.True(found[0].IsRunning);
    }

    [Fact]
    public async Task Follows_next_token_until_the_last_page()
    {
        var found = await Client.DescribeInstancesAsync([], new Dictionary<string, string>(), CancellationToken.None);
        Assert.Equal(25, found.Count);
        Assert.Equal(25, found.Select(i => i.InstanceId).Distinct().Count());
    }

    [Fact]
    public async Task Describes_instances_by_id()
    {
        var found = await Client.DescribeInstancesAsync(["i-03", "i-07"], new Dictionary<string, string>(), CancellationToken.None);
        Assert.Equal(["i-03", "i-07"], found.Select(i => i.InstanceId));
    }

    [Fact]
    public async Task Runs_a_command_and_reads_its_output()
    {
        var invokeId = await Client.RunCommandAsync("echo \"hello from $BERTH_EMULATED_INSTANCE_ID\"; exit 3", ["i-01", "i-02"], TimeSpan.FromMinutes(1), "token-1", "test", CancellationToken.None);

        IReadOnlyList<InvocationResult> results = [];
        for (var i = 0; i < 600 && !(results.Count == 2 && results.All(r => r.IsFinal)); i++)
        {
            await Task.Delay(50);
            results = await Client.DescribeInvocationResultsAsync(invokeId, CancellationToken.None);
        }

        Assert.All(results, r => Assert.Equal("Failed", r.Status));
        Assert.All(results, r => Assert.Equal(3, r.ExitCode));
        Assert.Equal("hello from i-01\n", results.Single(r => r.InstanceId == "i-01").Output);
    }

    [Fact]
    public async Task The_same_client_token_starts_one_invocation_only()
    {
        var first = await Client.RunCommandAsync("true", ["i-01"], TimeSpan.FromMinutes(1), "same-token", "test", CancellationToken.None);
        var second = await Client.RunCommandAsync("true", ["i-01"], TimeSpan.FromMinutes(1), "same-token", "test", CancellationToken.None);
        Assert.Equal(first, second);
        Assert.Single(_emulator.CloudAssistant.ReceivedScripts);
    }
}
