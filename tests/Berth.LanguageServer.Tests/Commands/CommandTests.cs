using Berth.Docker.Connection;
using Berth.LanguageServer.Tests.Infrastructure;
using Docker.DotNet.Models;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Commands;

/// <summary>workspace/executeCommand and code lenses, through the real server process and the real test engine.</summary>
public sealed class CommandTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private static LspTestClient StartWithEngine() =>
        LspTestClient.Start(new Dictionary<string, string> { ["DOCKER_HOST"] = TestDockerEnvironment.DockerHost });

    private static string FolderUri(string folder, string file) => new Uri(Path.Combine(folder, file)).AbsoluteUri;

    private static string NewFolder()
    {
        // The folder name gives the default tag berth-local/<folder>:latest; a unique name keeps tests apart.
        var folder = Path.Combine(Path.GetTempPath(), "berthcmd" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<JObject> ExecuteWithProgressAsync(LspTestClient client, string command, string uri)
    {
        var (_, response) = await client.SendRequestAsync("workspace/executeCommand", new JObject { ["command"] = command, ["arguments"] = new JArray(uri) });
        var create = await client.WaitForServerRequestAsync("window/workDoneProgress/create");
        await client.RespondAsync(create["id"]!, JValue.CreateNull());
        return await response.WaitAsync(BuildTimeout);
    }

    private static async Task RemoveImageAsync(string reference)
    {
        using var engine = await DockerEngine.ConnectAsync(TestDockerEnvironment.DockerHost, CancellationToken.None);
        try
        {
            await engine.Client.Images.DeleteImageAsync(reference, new ImageDeleteParameters { Force = true });
        }
        catch (global::Docker.DotNet.DockerImageNotFoundException)
        {
            // Not built (the test failed earlier): nothing to remove.
        }
    }

    [Fact]
    public async Task Build_builds_the_image_on_the_engine_with_progress_begin_and_end()
    {
        var folder = NewFolder();
        var tag = $"berth-local/{Path.GetFileName(folder)}:latest";
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), $"FROM {TestDockerEnvironment.BaseImage}\nRUN echo built > /built\n");
            await using var client = StartWithEngine();
            var init = await client.InitializeAsync();
            Assert.Contains("berth.build", ((JArray)init["capabilities"]!["executeCommandProvider"]!["commands"]!).Select(c => (string?)c));

            var response = await ExecuteWithProgressAsync(client, "berth.build", FolderUri(folder, "Dockerfile"));
            Assert.True(response["error"] is null, response.ToString());
            Assert.Contains(tag, (string?)response["result"], StringComparison.Ordinal);

            var kinds = client.Notifications("$/progress").Select(p => (string?)p["value"]!["kind"]).ToList();
            Assert.Equal("begin", kinds.First());
            Assert.Equal("end", kinds.Last());
            Assert.NotEmpty(client.Notifications("window/logMessage"));

            using var engine = await DockerEngine.ConnectAsync(TestDockerEnvironment.DockerHost, CancellationToken.None);
            var image = await engine.Client.Images.InspectImageAsync(tag);
            Assert.Contains(tag, image.RepoTags);
        }
        finally
        {
            await RemoveImageAsync(tag);
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_failing_run_step_is_published_as_BER9001_on_its_line_with_the_normal_diagnostics()
    {
        var folder = NewFolder();
        try
        {
            var text = $"FROM {TestDockerEnvironment.BaseImage}\nRUN echo fine\nRUN exit 3\n";
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), text);
            var uri = FolderUri(folder, "Dockerfile");
            await using var client = StartWithEngine();
            await client.InitializeAsync();
            await client.OpenAsync(uri, text);
            await client.WaitForDiagnosticsAsync(uri, 1);

            var response = await ExecuteWithProgressAsync(client, "berth.build", uri);
            Assert.NotNull(response["error"]);
            Assert.Contains("line 3", (string?)response["error"]!["message"], StringComparison.Ordinal);

            var published = await client.WaitForNotificationAsync("textDocument/publishDiagnostics",
                n => (string?)n["uri"] == uri && ((JArray)n["diagnostics"]!).Any(d => (string?)d["code"] == "BER9001"));
            var failure = ((JArray)published["diagnostics"]!).Single(d => (string?)d["code"] == "BER9001");
            Assert.Equal(2, (int)failure["range"]!["start"]!["line"]!);
            Assert.Equal(1, (int)failure["severity"]!);
            Assert.EndsWith("/docs/rules/BER9001.md", (string?)failure["codeDescription"]!["href"], StringComparison.Ordinal);

            // An edit re-checks the document: the failure stays until the next successful build.
            await client.ReplaceAllAsync(uri, 2, text + "# edited\n");
            Assert.Contains(await client.WaitForDiagnosticsAsync(uri, 2), d => (string?)d["code"] == "BER9001");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Code_lenses_above_the_first_from_offer_build_run_and_push()
    {
        const string uri = "file:///work/app/Dockerfile";
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        await client.OpenAsync(uri, "# syntax comment\nARG V=1\nFROM alpine:3.20 AS base\nFROM base\n");
        var response = await client.RequestAsync("textDocument/codeLens", new JObject { ["textDocument"] = new JObject { ["uri"] = uri } });
        var lenses = (JArray)response["result"]!;
        Assert.Equal(["Build image", "Run container", "Push image"], lenses.Select(l => (string?)l["command"]!["title"]));
        Assert.Equal(["berth.build", "berth.run", "berth.push"], lenses.Select(l => (string?)l["command"]!["command"]));
        Assert.All(lenses, l =>
        {
            Assert.Equal(2, (int)l["range"]!["start"]!["line"]!);
            Assert.Equal(uri, (string?)l["command"]!["arguments"]![0]);
        });
    }

    [Fact]
    public async Task An_unknown_command_is_an_error_that_names_the_commands_offered()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        var response = await client.RequestAsync("workspace/executeCommand", new JObject { ["command"] = "berth.fly", ["arguments"] = new JArray("file:///work/app/Dockerfile") });
        var error = response["error"]!;
        Assert.Equal(-32602, (int)error["code"]!);
        Assert.Contains("berth.fly", (string?)error["message"], StringComparison.Ordinal);
        Assert.Contains("berth.build", (string?)error["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_without_a_file_uri_says_what_it_needs()
    {
        await using var client = LspTestClient.Start();
        await client.InitializeAsync();
        var response = await client.RequestAsync("workspace/executeCommand", new JObject { ["command"] = "berth.build", ["arguments"] = new JArray() });
        Assert.Contains("file:// URI", (string?)response["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_on_the_progress_bar_stops_the_build_and_answers_cancelled()
    {
        var folder = NewFolder();
        var tag = $"berth-local/{Path.GetFileName(folder)}:latest";
        try
        {
            File.WriteAllText(Path.Combine(folder, "Dockerfile"), $"FROM {TestDockerEnvironment.BaseImage}\nRUN echo started && sleep 600\n");
            await using var client = StartWithEngine();
            await client.InitializeAsync();
            var (_, response) = await client.SendRequestAsync("workspace/executeCommand",
                new JObject { ["command"] = "berth.build", ["arguments"] = new JArray(FolderUri(folder, "Dockerfile")) });
            var create = await client.WaitForServerRequestAsync("window/workDoneProgress/create");
            await client.RespondAsync(create["id"]!, JValue.CreateNull());
            var token = (string)create["params"]!["token"]!;
            // Cancel once the RUN step is under way (its log line reached the client).
            await client.WaitForNotificationAsync("window/logMessage", n => ((string?)n["message"] ?? "").Contains("started", StringComparison.Ordinal));
            await client.NotifyAsync("window/workDoneProgress/cancel", new JObject { ["token"] = token });

            var answer = await response.WaitAsync(BuildTimeout);
            Assert.Equal(-32800, (int)answer["error"]!["code"]!);
            Assert.Contains("cancelled", (string?)answer["error"]!["message"], StringComparison.Ordinal);
            Assert.Equal("end", (string?)client.Notifications("$/progress").Last()["value"]!["kind"]);
        }
        finally
        {
            await RemoveImageAsync(tag);
            Directory.Delete(folder, recursive: true);
        }
    }
}
