using Berth.AlibabaCloud.Ecs;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.Ecs;

public sealed class EcsRolloutTests : IAsyncLifetime
{
    private readonly RecordingProgress _progress = new();
    private AlibabaCloudEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        for (var i = 1; i <= 5; i++)
        {
            _emulator.Ecs.AddInstance(new EmulatedInstance($"i-{i}", $"web-{i}") { Tags = new Dictionary<string, string> { ["app"] = "shop" } });
        }
        _emulator.Ecs.AddInstance(new EmulatedInstance("i-stopped", "old") { Status = "Stopped", Tags = new Dictionary<string, string> { ["app"] = "old" } });
        _emulator.Ecs.AddInstance(new EmulatedInstance("i-noagent", "bare") { CloudAssistant = false, Tags = new Dictionary<string, string> { ["app"] = "bare" } });
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private EcsRollout Rollout(TimeProvider? time = null) =>
        new(new EcsClient(EmulatorClients.Client(_emulator)), time ?? TimeProvider.System, _progress);

    private static readonly RolloutOptions Fast = new() { FirstPoll = TimeSpan.FromMilliseconds(100), MaxPoll = TimeSpan.FromMilliseconds(300) };

    private static RolloutTarget Tagged(string app) => new([], new Dictionary<string, string> { ["app"] = app });

    [Fact]
    public async Task Deploys_in_batches_and_reports_what_runs_on_each_instance()
    {
        var rollout = Rollout();
        var instances = await rollout.ResolveAsync(Tagged("shop"), CancellationToken.None);

        var result = await rollout.RunAsync(instances, "echo deployed on $BERTH_EMULATED_INSTANCE_ID", "registry/app:1", Fast with { BatchSize = 2 }, CancellationToken.None);

        Assert.True(result.Succeeded, result.FailureMessage);
        Assert.Equal(["i-1", "i-2", "i-3", "i-4", "i-5"], result.Instances.Select(o => o.InstanceId));
        Assert.All(result.Instances, o => Assert.Equal("runs registry/app:1", o.NowRunning));
        Assert.Equal(3, _emulator.Calls.Count(c => c.Action == "RunCommand"));
        Assert.Contains("Batch 3/3", _progress.All, StringComparison.Ordinal);
        Assert.Contains("i-4 | deployed on i-4", _progress.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stops_at_the_first_failed_batch()
    {
        var rollout = Rollout();
        var instances = await rollout.ResolveAsync(Tagged("shop"), CancellationToken.None);
        var script = "if [ \"$BERTH_EMULATED_INSTANCE_ID\" = i-3 ]; then echo unhealthy; exit 15; fi; echo ok";

        var result = await rollout.RunAsync(instances, script, "app:2", Fast with { BatchSize = 2 }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("i-3", result.FailureMessage, StringComparison.Ordinal);
        Assert.Equal(["Success", "Success", "Failed", "Success", "Skipped"], result.Instances.Select(o => o.Status));
        Assert.Equal(DeployScriptExitCodes.Describe(DeployScriptExitCodes.Unhealthy), result.Instances[2].NowRunning);
        Assert.Equal("unchanged: an earlier batch failed", result.Instances[4].NowRunning);
        Assert.Equal(2, _emulator.Calls.Count(c => c.Action == "RunCommand"));
    }

    [Fact]
    public async Task A_batch_that_outlives_its_timeout_is_stopped()
    {
        var time = new SteppingTimeProvider();
        var rollout = Rollout(time);
        var instances = await rollout.ResolveAsync(new RolloutTarget(["i-1"], new Dictionary<string, string>()), CancellationToken.None);

        var result = await rollout.RunAsync(instances, "sleep 600", "app:3", new RolloutOptions { Timeout = TimeSpan.FromMinutes(2) }, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("Timeout", result.Instances.Single().Status);
        Assert.Single(_emulator.Calls, c => c.Action == "StopInvocation");
        // Backoff grows from 1 s to at most 5 s between polls.
        Assert.Equal(TimeSpan.FromSeconds(1), time.Waits.First());
        Assert.Equal(TimeSpan.FromSeconds(5), time.Waits.Max());
    }

    [Fact]
    public async Task Cancelling_stops_the_running_invocation()
    {
        var rollout = Rollout();
        var instances = await rollout.ResolveAsync(new RolloutTarget(["i-2"], new Dictionary<string, string>()), CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var running = rollout.RunAsync(instances, "sleep 600", "app", Fast, cancellation.Token);
        for (var i = 0; i < 600 && !_emulator.Calls.Any(c => c.Action == "DescribeInvocationResults"); i++)
        {
            await Task.Delay(50);
        }

        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        Assert.Single(_emulator.Calls, c => c.Action == "StopInvocation");
    }

    [Fact]
    public async Task Refuses_instances_that_are_not_running()
    {
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Rollout().ResolveAsync(Tagged("old"), CancellationToken.None));
        Assert.Contains("i-stopped is Stopped", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_instances_without_cloud_assistant()
    {
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Rollout().ResolveAsync(Tagged("bare"), CancellationToken.None));
        Assert.Contains("Cloud Assistant agent is not running on i-noagent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_instance_ids_that_do_not_exist()
    {
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(
            () => Rollout().ResolveAsync(new RolloutTarget(["i-1", "i-nope"], new Dictionary<string, string>()), CancellationToken.None));
        Assert.Contains("i-nope", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("i-1,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_when_no_instance_matches_the_tags()
    {
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Rollout().ResolveAsync(Tagged("none"), CancellationToken.None));
        Assert.Contains("No ECS instance matches tags app=none", error.Message, StringComparison.Ordinal);
    }
}
