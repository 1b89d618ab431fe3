namespace Berth.AlibabaCloud.Emulator;

/// <summary>
/// The user name and password the emulator hands out as temporary registry credentials. By default
/// those of the real test registry (BERTH_TEST_REGISTRY_USER / _PASSWORD), so a docker login with a
/// token from the emulator really works.
/// </summary>
public sealed record RegistryLogin(string UserName, string Password)
{
    public static RegistryLogin FromTestEnvironment() => new(
        System.Environment.GetEnvironmentVariable("BERTH_TEST_REGISTRY_USER") is { Length: > 0 } user ? user : "temp_user_cr",
        System.Environment.GetEnvironmentVariable("BERTH_TEST_REGISTRY_PASSWORD") is { Length: > 0 } password ? password : "emulated-registry-password");
}
