using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;
using static Berth.LanguageServer.Tests.Commands.EngineCommandFixture;

namespace Berth.LanguageServer.Tests.Commands;

/// <summary>The berth.docker.host setting: the engine commands connect there first, before DOCKER_HOST and the docker context.</summary>
public sealed class DockerHostSettingTests
{
    private static string NoEngine() => $"unix:///tmp/berth-no-engine-{Guid.NewGuid():N}.sock";

    [Fact]
    public async Task The_setting_from_initializationOptions_wins_over_a_DOCKER_HOST_where_no_engine_answers()
    {
        var folder = NewFolder("berthhost");
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), $"FROM {TestDockerEnvironment.BaseImage}\n");
            await using var client = LspTestClient.Start(new Dictionary<string, string> { ["DOCKER_HOST"] = NoEngine() });
            await client.InitializeAsync(initializationOptions: new JObject { ["docker"] = new JObject { ["host"] = TestDockerEnvironment.DockerHost } });

            // berth.stop reaches the engine (it answers that no such container runs), so the setting was used.
            var response = await ExecuteAsync(client, "berth.stop", FileUri(folder, "Dockerfile"));
            Assert.Contains($"There is no container named {ContainerName(folder)}", (string?)response["error"]?["message"], StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_setting_from_workspace_configuration_is_used_and_named_when_no_engine_answers_there()
    {
        var folder = NewFolder("berthhost");
        var nowhere = NoEngine();
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), $"FROM {TestDockerEnvironment.BaseImage}\n");
            await using var client = LspTestClient.Start(new Dictionary<string, string> { ["DOCKER_HOST"] = TestDockerEnvironment.DockerHost });
            client.ConfigurationAnswer = new JObject { ["docker"] = new JObject { ["host"] = nowhere } };
            await client.InitializeAsync(new JObject { ["workspace"] = new JObject { ["configuration"] = true } });

            var response = await ExecuteAsync(client, "berth.stop", FileUri(folder, "Dockerfile"));
            var message = (string?)response["error"]?["message"];
            Assert.Contains($"Docker is not running at {nowhere}", message, StringComparison.Ordinal);
            Assert.Contains("berth.docker.host", message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
