using Berth.Docker.Connection;
using Berth.LanguageServer.Tests.Infrastructure;
using Docker.DotNet.Models;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Commands;

/// <summary>What the run, push and settings tests share: folders, the engine, and executing a command with its progress.</summary>
internal static class EngineCommandFixture
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    public static string NewFolder(string prefix)
    {
        // The folder name gives the default image and container names; a unique name keeps tests apart.
        var folder = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string FileUri(string folder, string file) => new Uri(Path.Combine(folder, file)).AbsoluteUri;

    /// <summary>The container name berth.run gives a folder's container: berth-&lt;folder&gt;.</summary>
    public static string ContainerName(string folder) => "berth-" + Berth.Manifest.Authoring.ManifestTemplate.ImageNameFor(Path.GetFileName(folder));

    /// <summary>Sends the command, answers its window/workDoneProgress/create, and returns the token and the pending response.</summary>
    public static async Task<(string Token, Task<JObject> Response)> StartAsync(LspTestClient client, string command, params string[] arguments)
    {
        var (_, response) = await client.SendRequestAsync("workspace/executeCommand", new JObject { ["command"] = command, ["arguments"] = new JArray(arguments) });
        var create = await client.WaitForServerRequestAsync("window/workDoneProgress/create");
        await client.RespondAsync(create["id"]!, JValue.CreateNull());
        return ((string)create["params"]!["token"]!, response);
    }

    public static async Task<JObject> ExecuteAsync(LspTestClient client, string command, params string[] arguments)
    {
        var (_, response) = await StartAsync(client, command, arguments);
        return await response.WaitAsync(CommandTimeout);
    }

    /// <summary>The $/progress values sent for one token, in order.</summary>
    public static List<JObject> Progress(LspTestClient client, string token) =>
        [.. client.Notifications("$/progress").Where(p => (string?)p["token"] == token).Select(p => (JObject)p["value"]!)];

    /// <summary>Waits until the progress of <paramref name="token"/> has ended (the end is sent just before the answer).</summary>
    public static async Task<List<JObject>> EndedProgressAsync(LspTestClient client, string token)
    {
        await client.WaitForNotificationAsync("$/progress", p => (string?)p["token"] == token && (string?)p["value"]!["kind"] == "end");
        return Progress(client, token);
    }

    public static async Task RemoveImageAsync(string reference)
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

    public static async Task RemoveContainerAsync(string name)
    {
        using var engine = await DockerEngine.ConnectAsync(TestDockerEnvironment.DockerHost, CancellationToken.None);
        try
        {
            await engine.Client.Containers.RemoveContainerAsync(name, new ContainerRemoveParameters { Force = true });
        }
        catch (global::Docker.DotNet.DockerContainerNotFoundException)
        {
            // Already stopped and removed by the test.
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds, with a generous limit for a loaded machine.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + CommandTimeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for {what} after {CommandTimeout.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
