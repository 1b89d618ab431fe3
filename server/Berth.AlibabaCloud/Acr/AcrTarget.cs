namespace Berth.AlibabaCloud.Acr;

public enum AcrEdition
{
    Personal,
    Enterprise,
}

/// <summary>Where an image goes in Container Registry (the manifest's registry section, resolved).</summary>
public sealed record AcrTarget(string Region, AcrEdition Edition, string Namespace, string Repository)
{
    /// <summary>The Enterprise Edition instance (cri-...); required for Enterprise.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Create the namespace and repository when they do not exist (Enterprise Edition).</summary>
    public bool CreateIfMissing { get; init; }

    /// <summary>Use the VPC registry domain (from inside Alibaba Cloud) instead of the public one.</summary>
    public bool UseVpc { get; init; }
}

/// <summary>Everything a push needs: the registry host, the repository path and temporary credentials.</summary>
public sealed record AcrPushTarget(string RegistryDomain, string RepositoryPath, RegistryToken Token, Uri ConsoleUrl)
{
    /// <summary>"domain/namespace/repository" — append ":tag" for an image reference.</summary>
    public string Repository => $"{RegistryDomain}/{RepositoryPath}";
}
