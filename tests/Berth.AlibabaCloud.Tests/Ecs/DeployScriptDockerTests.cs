using Berth.AlibabaCloud.Ecs;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.Ecs;

/// <summary>The generated script run with sh against the real test engine and registry.</summary>
public sealed class DeployScriptDockerTests : IDisposable
{
    private readonly TestDocker _docker = new();
    private readonly string _name = "berth-script-" + Guid.NewGuid().ToString("N")[..8];

    public void Dispose()
    {
        _docker.DockerAsync("rm", "-f", _name, _name + DeployScriptGenerator.PreviousSuffix).GetAwaiter().GetResult();
        _docker.Dispose();
    }

    internal static ContainerDeployment WebDeployment(TestDocker docker, string image, string name, int port, string message, string? password = null) =>
        new(image, name)
        {
            Login = new RegistryCredentials(docker.Registry, docker.RegistryUser, password ?? docker.RegistryPassword),
            Run = new ContainerRunOptions
            {
                Network = "host",
                Restart = "no",
                Environment = [new("BERTH_MSG", message)],
                Command = ["/bin/sh", "-c", $"mkdir -p /www && printf '%s' \"$BERTH_MSG\" > /www/index.html && exec httpd -f -p 127.0.0.1:{port} -h /www"],
            },
            Health = new HealthProbe { Http = new Uri($"http://127.0.0.1:{port}/index.html"), Interval = TimeSpan.FromSeconds(1), Retries = 30 },
        };

    private async Task<ProcessRunner.Result> RunScriptAsync(ContainerDeployment deployment) =>
        await ProcessRunner.RunAsync("/bin/sh", ["-s"], _docker.Environment, DeployScriptGenerator.Generate(deployment).Text);

    internal static async Task<string> GetAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        return await http.GetStringAsync(new Uri($"http://127.0.0.1:{port}/index.html"));
    }

    internal static async Task<string> GetWhenListeningAsync(int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                return await GetAsync(port);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    [Fact]
    public async Task Deploys_then_replaces_then_rolls_back_a_failed_deploy()
    {
        var image = await _docker.PushBaseImageAsync("berth-e2e/script", _name);
        var port = TestDocker.FreeLoopbackPort();
        var hostile = "v1 it's $(id) `id` \"q\"\nline2 ${HOME}";

        var first = await RunScriptAsync(WebDeployment(_docker, image, _name, port, hostile));
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Equal(hostile, await GetAsync(port));

        var second = await RunScriptAsync(WebDeployment(_docker, image, _name, port, "v2"));
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.Equal("v2", await GetAsync(port));
        var kept = await _docker.DockerAsync("inspect", "-f", "{{.State.Running}}", _name + DeployScriptGenerator.PreviousSuffix);
        Assert.Equal("false", kept.Output.Trim());

        // A broken release: it runs but never serves, so the same health check fails for it and passes for the rollback.
        var healthy = WebDeployment(_docker, image, _name, port, "v3");
        var failing = healthy with
        {
            Run = healthy.Run with { Command = ["/bin/sh", "-c", "exec sleep 600"] },
            Health = healthy.Health! with { Retries = 3 },
        };
        var third = await RunScriptAsync(failing);
        Assert.Equal(DeployScriptExitCodes.Unhealthy, third.ExitCode);
        Assert.Contains("restoring the previous container", third.Error, StringComparison.Ordinal);
        // The script waits for the restored container with the same health check before it exits.
        Assert.Contains("berth: rollback healthy", third.Output, StringComparison.Ordinal);
        Assert.Equal("v2", await GetWhenListeningAsync(port));
        var running = await _docker.DockerAsync("inspect", "-f", "{{.State.Running}}", _name);
        Assert.Equal("true", running.Output.Trim());
    }

    [Fact]
    public async Task A_restored_container_that_stays_unhealthy_is_reported_with_its_own_exit_code()
    {
        var image = await _docker.PushBaseImageAsync("berth-e2e/script", _name);
        var port = TestDocker.FreeLoopbackPort();
        // The first container never serves the health path, yet it is kept as the rollback when the second fails.
        var first = await RunScriptAsync(WebDeployment(_docker, image, _name, port, "v1") with { Health = null });
        Assert.True(first.ExitCode == 0, first.Output + first.Error);

        var failing = WebDeployment(_docker, image, _name, port, "v2") with
        {
            Health = new HealthProbe { Http = new Uri($"http://127.0.0.1:{port}/missing.html"), Interval = TimeSpan.FromSeconds(1), Retries = 2 },
        };
        var second = await RunScriptAsync(failing);

        Assert.Equal(DeployScriptExitCodes.RollbackUnhealthy, second.ExitCode);
        Assert.Contains("berth: rollback unhealthy", second.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("rollback healthy", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_rollback_the_previous_container_is_removed_and_a_failed_one_is_left_stopped()
    {
        var image = await _docker.PushBaseImageAsync("berth-e2e/script", _name);
        var port = TestDocker.FreeLoopbackPort();
        var first = await RunScriptAsync(WebDeployment(_docker, image, _name, port, "v1") with { Rollback = false });
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Equal("v1", await GetAsync(port));

        var second = await RunScriptAsync(WebDeployment(_docker, image, _name, port, "v2") with { Rollback = false });
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.Equal("v2", await GetAsync(port));
        var previous = await _docker.DockerAsync("container", "inspect", _name + DeployScriptGenerator.PreviousSuffix);
        Assert.NotEqual(0, previous.ExitCode);

        var failing = WebDeployment(_docker, image, _name, port, "v3") with
        {
            Rollback = false,
            Health = new HealthProbe { Http = new Uri($"http://127.0.0.1:{port}/missing.html"), Interval = TimeSpan.FromSeconds(1), Retries = 2 },
        };
        var third = await RunScriptAsync(failing);

        Assert.Equal(DeployScriptExitCodes.FailedWithoutRollback, third.ExitCode);
        Assert.Contains("left stopped for inspection", third.Error, StringComparison.Ordinal);
        var state = await _docker.DockerAsync("inspect", "-f", "{{.State.Running}} {{.Config.Env}}", _name);
        Assert.StartsWith("false ", state.Output.Trim(), StringComparison.Ordinal);
        Assert.Contains("BERTH_MSG=v3", state.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, (await _docker.DockerAsync("container", "inspect", _name + DeployScriptGenerator.PreviousSuffix)).ExitCode);
    }

    [Fact]
    public async Task A_refused_login_stops_before_touching_the_running_container()
    {
        var image = await _docker.PushBaseImageAsync("berth-e2e/script", _name);
        var port = TestDocker.FreeLoopbackPort();
        var first = await RunScriptAsync(WebDeployment(_docker, image, _name, port, "running"));
        Assert.True(first.ExitCode == 0, first.Output + first.Error);

        var refused = await RunScriptAsync(WebDeployment(_docker, image, _name, port, "never", password: "wrong-password"));

        Assert.Equal(DeployScriptExitCodes.LoginFailed, refused.ExitCode);
        Assert.Contains("docker login", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", refused.Output + refused.Error, StringComparison.Ordinal);
        Assert.Equal("running", await GetAsync(port));
    }
}
