namespace Berth.Manifest.Model;

/// <summary>
/// A manifest as the build, run, push and deploy steps read it: defaults filled in, one environment's
/// overrides already merged. Trust it only when its document has no errors.
/// </summary>
public sealed record BerthManifest(
    int Version,
    ImageSpec Image,
    BuildSpec Build,
    RunSpec Run,
    RegistrySpec? Registry,
    AlibabaCloudSpec AlibabaCloud,
    DeploySpec Deploy,
    IReadOnlyList<string> EnvironmentNames);
