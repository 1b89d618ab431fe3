using Berth.Docker.Connection;
using Berth.LanguageServer.Tests.Infrastructure;
using Docker.DotNet.Models;
using Newtonsoft.Json.Linq;
using static Berth.LanguageServer.Tests.Commands.EngineCommandFixture;

namespace Berth.LanguageServer.Tests.Commands;

/// <summary>berth.run and berth.stop through the real server process, on the real test engine, with host networking.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_asks_before_replacing_serves_http_streams_logs_reports_health_and_stop_ends_it()
    {
        var folder = NewFolder("berthrun");
        var name = ContainerName(folder);
        var image = "berth-lsp-run-" + Guid.NewGuid().ToString("N")[..10];
        var marker = Guid.NewGuid().ToString("N");
        var port = FreePort();
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"),
                $"FROM {TestDockerEnvironment.BaseImage}\n"
                + $"CMD [\"sh\", \"-c\", \"mkdir -p /www && echo \\\"$MARKER\\\" > /www/index.html && echo serving $MARKER && exec httpd -f -p 127.0.0.1:{port} -h /www\"]\n");
            File.WriteAllText(Path.Combine(folder, "berth.yaml"),
                $"version: 1\nimage:\n  name: {image}\n  tag: t1\nrun:\n  network: host\n  env:\n    MARKER: {marker}\n"
                + $"  healthcheck:\n    command: wget -q -O /dev/null http://127.0.0.1:{port}/\n    interval: 1s\n");
            var dockerfile = FileUri(folder, "Dockerfile");
            await using var client = LspTestClient.Start(new Dictionary<string, string> { ["DOCKER_HOST"] = TestDockerEnvironment.DockerHost });
            await client.InitializeAsync();

            var built = await ExecuteAsync(client, "berth.build", FileUri(folder, "berth.yaml"));
            Assert.True(built["error"] is null, built.ToString());

            // A container already has the name: the user is asked, and "Keep it" keeps it.
            using var engine = await DockerEngine.ConnectAsync(TestDockerEnvironment.DockerHost, CancellationToken.None);
            var placeholder = await engine.Client.Containers.CreateContainerAsync(new CreateContainerParameters
            {
                Image = TestDockerEnvironment.BaseImage,
                Name = name,
                Cmd = ["sleep", "600"],
                HostConfig = new HostConfig { NetworkMode = "none" },
            });
            await engine.Client.Containers.StartContainerAsync(placeholder.ID, new ContainerStartParameters());

            var (_, kept) = await StartAsync(client, "berth.run", dockerfile);
            var question = await client.WaitForServerRequestAsync("window/showMessageRequest");
            Assert.Contains(name, (string?)question["params"]!["message"], StringComparison.Ordinal);
            Assert.Equal(["Replace", "Keep it"], ((JArray)question["params"]!["actions"]!).Select(a => (string?)a["title"]));
            await client.RespondAsync(question["id"]!, new JObject { ["title"] = "Keep it" });
            var refused = await kept.WaitAsync(CommandTimeout);
            Assert.Contains("already exists", (string?)refused["error"]?["message"], StringComparison.Ordinal);
            Assert.True((await engine.Client.Containers.InspectContainerAsync(placeholder.ID)).State.Running);

            // "Replace" replaces it; the new container serves on the host network and its logs reach the editor.
            var (token, running) = await StartAsync(client, "berth.run", dockerfile);
            question = await client.WaitForServerRequestAsync("window/showMessageRequest");
            await client.RespondAsync(question["id"]!, new JObject { ["title"] = "Replace" });
            await client.WaitForNotificationAsync("window/logMessage", n => ((string?)n["message"] ?? "").Contains("serving " + marker, StringComparison.Ordinal));
            using var http = new HttpClient();
            string? body = null;
            await UntilAsync(async () =>
            {
                try
                {
                    body = await http.GetStringAsync($"http://127.0.0.1:{port}/");
                    return true;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, "the container's web server");
            Assert.Equal(marker, body!.Trim());
            await client.WaitForNotificationAsync("window/logMessage", n => (string?)n["message"] == $"{name} is healthy.");
            await Assert.ThrowsAsync<global::Docker.DotNet.DockerContainerNotFoundException>(() => engine.Client.Containers.InspectContainerAsync(placeholder.ID));
            Assert.False(running.IsCompleted);

            var stopped = await ExecuteAsync(client, "berth.stop", dockerfile);
            Assert.Contains($"Stopped and removed {name}", (string?)stopped["result"], StringComparison.Ordinal);
            var ended = await running.WaitAsync(CommandTimeout);
            Assert.True(ended["error"] is null, ended.ToString());
            Assert.Contains($"{name} exited with code", (string?)ended["result"], StringComparison.Ordinal);

            var progress = await EndedProgressAsync(client, token);
            Assert.Equal("begin", (string?)progress[0]["kind"]);
            Assert.Contains(progress, p => (string?)p["kind"] == "report" && (string?)p["message"] == $"starting {name}");
            Assert.Contains(progress, p => (string?)p["kind"] == "report" && (string?)p["message"] == $"{name} is healthy.");
            Assert.Equal("end", (string?)progress[^1]["kind"]);
            Assert.Single(progress, p => (string?)p["kind"] == "end");
        }
        finally
        {
            await RemoveContainerAsync(name);
            await RemoveImageAsync($"{image}:t1");
            Directory.Delete(folder, recursive: true);
        }
    }
}
