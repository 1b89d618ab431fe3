using System.Net;
using System.Net.Sockets;

namespace Berth.AlibabaCloud.Tests.Support;

/// <summary>
/// The real test Docker engine and authenticated registry started by scripts/test-env/docker-env.sh
/// (scripts/test.sh exports DOCKER_HOST and BERTH_TEST_*). Missing variables fail the test with what to run.
/// </summary>
public sealed class TestDocker : IDisposable
{
    public TestDocker()
    {
        DockerHost = Required("DOCKER_HOST");
        Registry = Required("BERTH_TEST_REGISTRY");
        RegistryUser = Required("BERTH_TEST_REGISTRY_USER");
        RegistryPassword = Required("BERTH_TEST_REGISTRY_PASSWORD");
        BaseImage = Required("BERTH_TEST_BASE_IMAGE");
        // A private docker config, so logins in tests never touch the user's ~/.docker.
        ConfigDirectory = Directory.CreateTempSubdirectory("berth-docker-config-").FullName;
    }

    public string DockerHost { get; }

    public string Registry { get; }

    public string RegistryUser { get; }

    public string RegistryPassword { get; }

    public string BaseImage { get; }

    public string ConfigDirectory { get; }

    /// <summary>The variables a script needs to reach the test engine with the private config.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["DOCKER_HOST"] = DockerHost,
        ["DOCKER_CONFIG"] = ConfigDirectory,
        ["PATH"] = System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin",
    };

    public Task<ProcessRunner.Result> DockerAsync(params string[] arguments) =>
        ProcessRunner.RunAsync("docker", arguments, Environment);

    public async Task<ProcessRunner.Result> DockerWithInputAsync(string standardInput, params string[] arguments) =>
        await ProcessRunner.RunAsync("docker", arguments, Environment, standardInput);

    /// <summary>Tags the base image under the registry and pushes it, returning the pushed reference.</summary>
    public async Task<string> PushBaseImageAsync(string repository, string tag)
    {
        var reference = $"{Registry}/{repository}:{tag}";
        await Expect(DockerAsync("tag", BaseImage, reference));
        await Expect(DockerWithInputAsync(RegistryPassword + "\n", "login", "--username", RegistryUser, "--password-stdin", Registry));
        try
        {
            await Expect(DockerAsync("push", reference));
        }
        finally
        {
            await DockerAsync("logout", Registry);
        }
        return reference;
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(ConfigDirectory, recursive: true);

    private static async Task Expect(Task<ProcessRunner.Result> running)
    {
        var result = await running;
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }

    private static string Required(string name) =>
        System.Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set: these tests need the test Docker engine and registry. Run `bash scripts/test-env/docker-env.sh start` "
                + "and export the variables from the file `bash scripts/test-env/docker-env.sh env` prints (scripts/test.sh does both).");
}
