using System.Diagnostics;

namespace Berth.LanguageServer.Tests.AlibabaCloud;

/// <summary>
/// The real test engine and authenticated registry of scripts/test-env/docker-env.sh, with the registry login
/// (the emulator hands it out as the temporary ACR token), and a docker CLI runner with a private config.
/// </summary>
internal sealed class CloudTestEnvironment : IDisposable
{
    public CloudTestEnvironment()
    {
        var values = Load();
        DockerHost = values["DOCKER_HOST"];
        Registry = Need(values, "BERTH_TEST_REGISTRY");
        RegistryUser = Need(values, "BERTH_TEST_REGISTRY_USER");
        RegistryPassword = Need(values, "BERTH_TEST_REGISTRY_PASSWORD");
        BaseImage = values.GetValueOrDefault("BERTH_TEST_BASE_IMAGE", "berth-test/busybox:1");
        ConfigDirectory = Directory.CreateTempSubdirectory("berth-lsp-docker-config-").FullName;
        Home = Directory.CreateTempSubdirectory("berth-lsp-home-").FullName;
    }

    public string DockerHost { get; }

    public string Registry { get; }

    public string RegistryUser { get; }

    public string RegistryPassword { get; }

    public string BaseImage { get; }

    public string ConfigDirectory { get; }

    /// <summary>An empty HOME, so the server never reads the developer's Alibaba Cloud profiles.</summary>
    public string Home { get; }

    /// <summary>What the deploy script needs (the emulator's Cloud Assistant runs it with these).</summary>
    public IReadOnlyDictionary<string, string> ScriptEnvironment => new Dictionary<string, string>
    {
        ["DOCKER_HOST"] = DockerHost,
        ["DOCKER_CONFIG"] = ConfigDirectory,
        ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin",
    };

    public async Task<(int ExitCode, string Output)> DockerAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in ScriptEnvironment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await output + await error);
    }

    public void Dispose()
    {
        Directory.Delete(ConfigDirectory, recursive: true);
        Directory.Delete(Home, recursive: true);
    }

    private static string Need(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new InvalidOperationException($"{name} is missing: start the test environment with bash scripts/test-env/docker-env.sh start (scripts/test.sh does this).");

    private static Dictionary<string, string> Load()
    {
        var names = new[] { "DOCKER_HOST", "BERTH_TEST_REGISTRY", "BERTH_TEST_REGISTRY_USER", "BERTH_TEST_REGISTRY_PASSWORD", "BERTH_TEST_BASE_IMAGE" };
        if (names.Take(4).All(n => Environment.GetEnvironmentVariable(n) is { Length: > 0 }))
            return names.Where(n => Environment.GetEnvironmentVariable(n) is { Length: > 0 }).ToDictionary(n => n, n => Environment.GetEnvironmentVariable(n)!);
        var file = Environment.GetEnvironmentVariable("BERTH_TEST_ENV_FILE") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetEnvironmentVariable("BERTH_TEST_ENV_DIR") ?? "/tmp/berth-test-env", "env");
        if (!File.Exists(file))
            throw new InvalidOperationException($"No test Docker engine: {file} does not exist. Start one with: bash scripts/test-env/docker-env.sh start (scripts/test.sh does this).");
        var values = new Dictionary<string, string>();
        foreach (var line in File.ReadAllLines(file))
        {
            var eq = line.IndexOf('=');
            if (eq > 0) values[line[..eq]] = line[(eq + 1)..];
        }
        if (!values.ContainsKey("DOCKER_HOST")) throw new InvalidOperationException($"{file} has no DOCKER_HOST; restart the test environment.");
        return values;
    }
}
