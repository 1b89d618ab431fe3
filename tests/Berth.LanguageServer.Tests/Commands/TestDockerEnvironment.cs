namespace Berth.LanguageServer.Tests.Commands;

/// <summary>
/// The real test engine started by scripts/test-env/docker-env.sh: DOCKER_HOST and the base image, from the
/// process environment (scripts/test.sh sources it) or its env file (dotnet test run directly).
/// </summary>
internal static class TestDockerEnvironment
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Values = new(Load);

    public static string DockerHost => Values.Value["DOCKER_HOST"];

    public static string BaseImage => Values.Value.GetValueOrDefault("BERTH_TEST_BASE_IMAGE", "berth-test/busybox:1");

    /// <summary>The authenticated test registry, "127.0.0.1:PORT".</summary>
    public static string Registry => Required("BERTH_TEST_REGISTRY");

    public static string RegistryUser => Required("BERTH_TEST_REGISTRY_USER");

    public static string RegistryPassword => Required("BERTH_TEST_REGISTRY_PASSWORD");

    private static string Required(string key) =>
        Values.Value.TryGetValue(key, out var value) ? value : throw new InvalidOperationException($"The test environment has no {key}; restart it with scripts/test-env/docker-env.sh.");

    private static Dictionary<string, string> Load()
    {
        var values = new Dictionary<string, string>();
        if (Environment.GetEnvironmentVariable("BERTH_TEST_REGISTRY") is { Length: > 0 } && Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host)
        {
            values["DOCKER_HOST"] = host;
            foreach (var key in (string[])["BERTH_TEST_BASE_IMAGE", "BERTH_TEST_REGISTRY", "BERTH_TEST_REGISTRY_USER", "BERTH_TEST_REGISTRY_PASSWORD"])
                if (Environment.GetEnvironmentVariable(key) is { Length: > 0 } value) values[key] = value;
            return values;
        }
        var file = Environment.GetEnvironmentVariable("BERTH_TEST_ENV_FILE") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetEnvironmentVariable("BERTH_TEST_ENV_DIR") ?? "/tmp/berth-test-env", "env");
        if (!File.Exists(file))
            throw new InvalidOperationException($"No test Docker engine: {file} does not exist. Start one with: bash scripts/test-env/docker-env.sh start (scripts/test.sh does this).");
        foreach (var line in File.ReadAllLines(file))
        {
            var eq = line.IndexOf('=');
            if (eq > 0) values[line[..eq]] = line[(eq + 1)..];
        }
        if (!values.ContainsKey("DOCKER_HOST")) throw new InvalidOperationException($"{file} has no DOCKER_HOST; restart the test environment.");
        return values;
    }
}
