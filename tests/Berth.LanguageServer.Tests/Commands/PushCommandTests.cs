using System.Net.Http.Headers;
using System.Text;
using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static Berth.LanguageServer.Tests.Commands.EngineCommandFixture;

namespace Berth.LanguageServer.Tests.Commands;

/// <summary>
/// berth.push through the real server process to the real authenticated test registry, with the credentials in
/// a temporary DOCKER_CONFIG, as docker login leaves them.
/// </summary>
public sealed class PushCommandTests
{
    private static string DockerConfig(string folder, string password)
    {
        var config = Path.Combine(folder, "docker-config");
        Directory.CreateDirectory(config);
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestDockerEnvironment.RegistryUser}:{password}"));
        File.WriteAllText(Path.Combine(config, "config.json"),
            new JObject { ["auths"] = new JObject { [TestDockerEnvironment.Registry] = new JObject { ["auth"] = auth } } }.ToString());
        return config;
    }

    private static LspTestClient Start(string dockerConfig) => LspTestClient.Start(new Dictionary<string, string>
    {
        ["DOCKER_HOST"] = TestDockerEnvironment.DockerHost,
        ["DOCKER_CONFIG"] = dockerConfig,
    });

    [Fact]
    public async Task Push_sends_the_built_image_to_the_registry_with_progress_and_the_registry_lists_the_tag()
    {
        var folder = NewFolder("berthpush");
        var local = $"berth-local/{Path.GetFileName(folder)}:latest";
        var repository = "berth-lsp/push" + Guid.NewGuid().ToString("N")[..10];
        var destination = $"{TestDockerEnvironment.Registry}/{repository}:v1";
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), $"FROM {TestDockerEnvironment.BaseImage}\nRUN echo {Guid.NewGuid():N} > /marker\n");
            var dockerfile = FileUri(folder, "Dockerfile");
            await using var client = Start(DockerConfig(folder, TestDockerEnvironment.RegistryPassword));
            await client.InitializeAsync();
            var built = await ExecuteAsync(client, "berth.build", dockerfile);
            Assert.True(built["error"] is null, built.ToString());

            var (token, response) = await StartAsync(client, "berth.push", dockerfile, destination);
            var pushed = await response.WaitAsync(CommandTimeout);
            Assert.True(pushed["error"] is null, pushed.ToString());
            Assert.Matches($"^Pushed {System.Text.RegularExpressions.Regex.Escape(destination)}@sha256:[0-9a-f]{{64}}\\.$", (string?)pushed["result"]);

            var progress = await EndedProgressAsync(client, token);
            Assert.Equal("begin", (string?)progress[0]["kind"]);
            Assert.Contains(destination, (string?)progress[0]["title"], StringComparison.Ordinal);
            var reports = progress.Where(p => (string?)p["kind"] == "report" && p["percentage"] is not null).Select(p => (int)p["percentage"]!).ToList();
            Assert.NotEmpty(reports);
            Assert.Equal(100, reports[^1]);
            Assert.Equal("end", (string?)progress[^1]["kind"]);

            // The registry itself, over its HTTP API: the tag is there.
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"http://{TestDockerEnvironment.Registry}/v2/{repository}/tags/list");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{TestDockerEnvironment.RegistryUser}:{TestDockerEnvironment.RegistryPassword}")));
            using var answer = await http.SendAsync(request);
            Assert.True(answer.IsSuccessStatusCode, $"The registry answered {(int)answer.StatusCode}.");
            var tags = JObject.Parse(await answer.Content.ReadAsStringAsync());
            Assert.Equal(["v1"], ((JArray)tags["tags"]!).Select(t => (string?)t));
        }
        finally
        {
            await RemoveImageAsync(destination);
            await RemoveImageAsync(local);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Push_with_a_wrong_password_fails_in_plain_words_and_ends_its_progress()
    {
        var folder = NewFolder("berthpush");
        var local = $"berth-local/{Path.GetFileName(folder)}:latest";
        var destination = $"{TestDockerEnvironment.Registry}/berth-lsp/denied{Guid.NewGuid().ToString("N")[..10]}:v1";
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), $"FROM {TestDockerEnvironment.BaseImage}\nRUN echo {Guid.NewGuid():N} > /marker\n");
            var dockerfile = FileUri(folder, "Dockerfile");
            var wrong = "not-" + TestDockerEnvironment.RegistryPassword;
            await using var client = Start(DockerConfig(folder, wrong));
            await client.InitializeAsync();
            var built = await ExecuteAsync(client, "berth.build", dockerfile);
            Assert.True(built["error"] is null, built.ToString());

            var (token, response) = await StartAsync(client, "berth.push", dockerfile, destination);
            var failed = await response.WaitAsync(CommandTimeout);
            var message = (string?)failed["error"]?["message"];
            Assert.Contains("unauthorized", message, StringComparison.OrdinalIgnoreCase);
            Assert.Contains($"Check the user name and password for {TestDockerEnvironment.Registry}", message, StringComparison.Ordinal);
            Assert.DoesNotContain(wrong, message, StringComparison.Ordinal);
            Assert.Equal("end", (string?)(await EndedProgressAsync(client, token))[^1]["kind"]);
        }
        finally
        {
            await RemoveImageAsync(destination);
            await RemoveImageAsync(local);
            Directory.Delete(folder, recursive: true);
        }
    }
}
