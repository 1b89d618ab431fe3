using System.Net;
using System.Net.Sockets;
using Berth.Docker.Run;

namespace Berth.Docker.Tests;

public sealed class ContainerRunnerTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Runs_busybox_httpd_on_the_host_network_reports_healthy_serves_and_stops()
    {
        var engine = TestEngine.Current;
        using var docker = await engine.ConnectAsync();
        var runner = new ContainerRunner(docker);
        var port = FreePort();
        var name = "berth-test-httpd-" + Guid.NewGuid().ToString("N")[..12];
        var marker = Guid.NewGuid().ToString("N");
        var request = new ContainerRunRequest(engine.BaseImage)
        {
            Name = name,
            Network = "host",
            Environment = new Dictionary<string, string> { ["MARKER"] = marker },
            Command = ["sh", "-c", $"mkdir -p /www && echo \"$MARKER\" > /www/index.html && echo serving && exec httpd -f -p 127.0.0.1:{port} -h /www"],
            HealthCommand = $"wget -q -O /dev/null http://127.0.0.1:{port}/",
            HealthInterval = TimeSpan.FromSeconds(1),
            Labels = new Dictionary<string, string> { ["org.berth.test"] = "httpd" },
        };
        try
        {
            var id = await runner.RunAsync(request, null, CancellationToken.None);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            Assert.True(await runner.WaitForHealthAsync(id, timeout.Token));

            using var http = new HttpClient();
            var body = await http.GetStringAsync($"http://127.0.0.1:{port}/", timeout.Token);
            Assert.Equal(marker, body.Trim());

            // Same name again: refused without confirmation, replaced with it.
            var refused = await Assert.ThrowsAsync<DockerOperationException>(() => runner.RunAsync(request with { HealthCommand = null }, (_, _) => Task.FromResult(false), CancellationToken.None));
            Assert.Contains(name, refused.Message, StringComparison.Ordinal);
            string? asked = null;
            var replacement = await runner.RunAsync(request with { Command = ["sleep", "600"], HealthCommand = null }, (n, _) => { asked = n; return Task.FromResult(true); }, CancellationToken.None);
            Assert.Equal(name, asked);
            Assert.NotEqual(id, replacement);

            Assert.True(await runner.StopAsync(name, CancellationToken.None));
            Assert.False(await runner.StopAsync(name, CancellationToken.None));
        }
        finally
        {
            await runner.StopAsync(name, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Streams_stdout_and_stderr_lines_and_reports_the_exit_code()
    {
        var engine = TestEngine.Current;
        using var docker = await engine.ConnectAsync();
        var runner = new ContainerRunner(docker);
        var name = "berth-test-logs-" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            var id = await runner.RunAsync(new ContainerRunRequest(engine.BaseImage)
            {
                Name = name,
                Network = "none",
                User = "0:0",
                Entrypoint = ["sh", "-c"],
                Command = ["echo one; echo two >&2; echo \"uid=$(id -u) ünï ✓\"; printf tail; exit 4"],
            }, null, CancellationToken.None);
            var lines = new List<ContainerLogLine>();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            await runner.StreamLogsAsync(id, new SynchronousProgressFor<ContainerLogLine>(lines.Add), timeout.Token);
            var exit = await runner.WaitForExitAsync(id, timeout.Token);

            Assert.Equal(4, exit);
            Assert.Contains(new ContainerLogLine("one", false), lines);
            Assert.Contains(new ContainerLogLine("two", true), lines);
            Assert.Contains(new ContainerLogLine("uid=0 ünï ✓", false), lines);
            Assert.Contains(new ContainerLogLine("tail", false), lines);
        }
        finally
        {
            await runner.StopAsync(name, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Bad_run_settings_are_clear_errors()
    {
        var engine = TestEngine.Current;
        using var docker = await engine.ConnectAsync();
        var runner = new ContainerRunner(docker);
        var badPort = await Assert.ThrowsAsync<DockerOperationException>(() => runner.RunAsync(new ContainerRunRequest(engine.BaseImage) { Ports = ["80:abc"] }, null, CancellationToken.None));
        Assert.Contains("80:abc", badPort.Message, StringComparison.Ordinal);
        var missing = await Assert.ThrowsAsync<DockerOperationException>(() => runner.RunAsync(new ContainerRunRequest("berth-test/no-such-image:" + Guid.NewGuid().ToString("N")), null, CancellationToken.None));
        Assert.Contains("build it first", missing.Message, StringComparison.Ordinal);
    }
}
