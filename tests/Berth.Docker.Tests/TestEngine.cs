using Berth.Docker.Connection;

namespace Berth.Docker.Tests;

/// <summary>
/// The test environment started by scripts/test-env/docker-env.sh: read from the process environment (when
/// scripts/test.sh sourced it) or from its env file (when the tests are run directly with dotnet test).
/// </summary>
public sealed class TestEngine
{
    private static readonly Lazy<TestEngine> Shared = new(Load);

    private TestEngine(IReadOnlyDictionary<string, string> values) => Values = values;

    public static TestEngine Current => Shared.Value;

    public IReadOnlyDictionary<string, string> Values { get; }

    public string DockerHost => Values["DOCKER_HOST"];

    public string Registry => Values["BERTH_TEST_REGISTRY"];

    public string RegistryUser => Values["BERTH_TEST_REGISTRY_USER"];

    public string RegistryPassword => Values["BERTH_TEST_REGISTRY_PASSWORD"];

    public string BaseImage => Values.GetValueOrDefault("BERTH_TEST_BASE_IMAGE", "berth-test/busybox:1");

    public DockerEndpoint Endpoint => DockerEndpointResolver.Parse(DockerHost, "the test environment");

    public async Task<DockerEngine> ConnectAsync()
    {
        try
        {
            return await DockerEngine.ConnectAsync(Endpoint, CancellationToken.None);
        }
        catch (DockerOperationException e)
        {
            throw new InvalidOperationException($"No Docker engine answers for the tests ({e.Message}). Start one with: bash scripts/test-env/docker-env.sh start", e);
        }
    }

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "LanguageServer.sln"))) return dir.FullName;
            throw new InvalidOperationException("LanguageServer.sln not found above " + AppContext.BaseDirectory);
        }
    }

    private static TestEngine Load()
    {
        string[] keys = ["DOCKER_HOST", "BERTH_TEST_REGISTRY", "BERTH_TEST_REGISTRY_USER", "BERTH_TEST_REGISTRY_PASSWORD", "BERTH_TEST_BASE_IMAGE"];
        var values = new Dictionary<string, string>();
        if (Environment.GetEnvironmentVariable("BERTH_TEST_REGISTRY") is { Length: > 0 })
        {
            foreach (var key in keys)
                if (Environment.GetEnvironmentVariable(key) is { } value) values[key] = value;
            return new TestEngine(values);
        }
        var file = Environment.GetEnvironmentVariable("BERTH_TEST_ENV_FILE") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetEnvironmentVariable("BERTH_TEST_ENV_DIR") ?? "/tmp/berth-test-env", "env");
        if (!File.Exists(file))
        {
            throw new InvalidOperationException(
                $"No test Docker engine: {file} does not exist. Start one with: bash scripts/test-env/docker-env.sh start (scripts/test.sh does this).");
        }
        foreach (var line in File.ReadAllLines(file))
        {
            var eq = line.IndexOf('=');
            if (eq > 0) values[line[..eq]] = line[(eq + 1)..];
        }
        foreach (var key in keys.Take(4))
            if (!values.ContainsKey(key)) throw new InvalidOperationException($"{file} has no {key}; restart the test environment with scripts/test-env/docker-env.sh stop && ... start.");
        return new TestEngine(values);
    }
}
