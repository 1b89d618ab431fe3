namespace Berth.Docker.Connection;

/// <summary>
/// What docker's own host resolution reads: environment variables, the home folder and the platform. Passed in
/// (rather than read from the process) so resolution is a pure function that tests can drive.
/// </summary>
public sealed record DockerEnvironment(Func<string, string?> GetVariable, string HomeDirectory, bool IsWindows)
{
    public static DockerEnvironment Current { get; } = new(
        Environment.GetEnvironmentVariable,
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        OperatingSystem.IsWindows());

    /// <summary>The docker configuration folder: $DOCKER_CONFIG, else ~/.docker.</summary>
    public string ConfigDirectory =>
        GetVariable("DOCKER_CONFIG") is { Length: > 0 } dir ? dir : Path.Combine(HomeDirectory, ".docker");
}
