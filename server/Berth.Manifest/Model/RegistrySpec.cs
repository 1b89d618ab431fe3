namespace Berth.Manifest.Model;

public enum RegistryEdition
{
    Personal,
    Enterprise,
}

public enum RegistryNetwork
{
    Public,
    Vpc,
}

/// <summary>Where the image is pushed: an Alibaba Cloud Container Registry (ACR) repository.</summary>
public sealed record RegistrySpec(
    string Provider,
    string? Region,
    RegistryEdition Edition,
    string? InstanceId,
    string? Namespace,
    string? Repository,
    bool CreateIfMissing,
    RegistryNetwork Endpoint)
{
    /// <summary>The repository name: <see cref="Repository"/> when written, else the image's name.</summary>
    public string RepositoryFor(ImageSpec image) => Repository ?? image.Name;
}
