namespace Berth.Dockerfile.LanguageService.Images;

/// <summary>
/// An image reference split the way Docker normalises it: <c>nginx</c> is docker.io/library/nginx:latest.
/// <see cref="Tag"/> is null when the reference names none (Docker then uses latest unless a digest is given).
/// </summary>
public sealed record ImageReference(string Registry, string Repository, string? Tag, string? Digest, bool RegistryIsImplicit)
{
    public const string DockerHub = "docker.io";

    public bool IsDockerHub => Registry == DockerHub;

    public bool IsOfficialDockerHubImage => IsDockerHub && Repository.StartsWith("library/", StringComparison.Ordinal);

    /// <summary>Null for empty text, <c>scratch</c> and references still holding a variable.</summary>
    public static ImageReference? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Contains('$') || string.Equals(text, "scratch", StringComparison.OrdinalIgnoreCase)) return null;
        string? digest = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var name = text;
        if (at >= 0)
        {
            digest = text[(at + 1)..];
            name = text[..at];
        }
        string? tag = null;
        var lastSlash = name.LastIndexOf('/');
        var colon = name.LastIndexOf(':');
        if (colon > lastSlash)
        {
            tag = name[(colon + 1)..];
            name = name[..colon];
        }
        if (name.Length == 0) return null;
        var firstSlash = name.IndexOf('/', StringComparison.Ordinal);
        var first = firstSlash < 0 ? null : name[..firstSlash];
        if (first is not null && (first.Contains('.') || first.Contains(':') || first == "localhost"))
            return new ImageReference(first, name[(firstSlash + 1)..], tag, digest, false);
        var repository = firstSlash < 0 ? "library/" + name : name;
        return new ImageReference(DockerHub, repository, tag, digest, true);
    }

    /// <summary>A web page about the image on its registry, when the registry has public pages.</summary>
    public string? WebPage()
    {
        if (IsDockerHub)
            return IsOfficialDockerHubImage ? $"https://hub.docker.com/_/{Repository["library/".Length..]}" : $"https://hub.docker.com/r/{Repository}";
        if (Registry == "ghcr.io") return $"https://ghcr.io/{Repository}";
        if (Registry == "quay.io") return $"https://quay.io/repository/{Repository}";
        if (Registry == "mcr.microsoft.com") return $"https://mcr.microsoft.com/artifact/mar/{Repository}";
        if (Registry.EndsWith(".aliyuncs.com", StringComparison.OrdinalIgnoreCase))
        {
            // registry.cn-hangzhou.aliyuncs.com or <instance>-registry.cn-hangzhou.cr.aliyuncs.com: the region is the part before aliyuncs.
            var parts = Registry.Split('.');
            var region = parts.FirstOrDefault(p => p.StartsWith("cn-", StringComparison.Ordinal) || p.StartsWith("ap-", StringComparison.Ordinal)
                || p.StartsWith("us-", StringComparison.Ordinal) || p.StartsWith("eu-", StringComparison.Ordinal) || p.StartsWith("me-", StringComparison.Ordinal));
            return region is null ? "https://cr.console.aliyun.com/" : $"https://cr.console.aliyun.com/{region}/instances";
        }
        return null;
    }
}
