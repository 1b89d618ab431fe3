namespace Berth.Docker.Push;

/// <summary>An image reference split the way the engine wants it: "registry/ns/repo" and "tag".</summary>
public sealed record ImageReference(string Repository, string Tag)
{
    /// <summary>The registry host: the first part when it has a '.', a ':' or is "localhost"; else Docker Hub.</summary>
    public string Registry
    {
        get
        {
            var slash = Repository.IndexOf('/');
            if (slash < 0) return "docker.io";
            var first = Repository[..slash];
            return first.Contains('.') || first.Contains(':') || first == "localhost" ? first : "docker.io";
        }
    }

    public override string ToString() => Repository + ":" + Tag;

    public static ImageReference Parse(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var text = reference.Trim();
        if (text.Length == 0 || text.Contains(' ') || text.Contains('@'))
            throw new DockerOperationException($"\"{reference}\" is not an image reference to push; write REGISTRY/NAMESPACE/REPOSITORY:TAG.");
        var colon = text.LastIndexOf(':');
        var slash = text.LastIndexOf('/');
        return colon > slash ? new ImageReference(text[..colon], text[(colon + 1)..]) : new ImageReference(text, "latest");
    }
}
