namespace Berth.Cli.Tests;

/// <summary>
/// The real engine started by scripts/test-env/docker-env.sh (DOCKER_HOST and the base image), from the process
/// environment (scripts/test.sh sources it) or its env file (dotnet test run directly). Tests pass it with --host.
/// </summary>
internal static class TestDockerHost
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Values = new(Load);

    public static string Address => Values.Value["DOCKER_HOST"];

    public static string BaseImage => Values.Value.GetValueOrDefault("BERTH_TEST_BASE_IMAGE", "berth-test/busybox:1");

    private static Dictionary<string, string> Load()
    {
        var values = new Dictionary<string, string>();
        if (Environment.GetEnvironmentVariable("BERTH_TEST_REGISTRY") is { Length: > 0 } && Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host)
        {
            values["DOCKER_HOST"] = host;
            if (Environment.GetEnvironmentVariable("BERTH_TEST_BASE_IMAGE") is { Length: > 0 } image) values["BERTH_TEST_BASE_IMAGE"] = image;
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
