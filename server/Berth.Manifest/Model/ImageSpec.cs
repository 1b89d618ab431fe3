namespace Berth.Manifest.Model;

/// <summary>The image's repository name and tag (a tag template until it is expanded, see ImageTagTemplate).</summary>
public sealed record ImageSpec(string Name, string Tag)
{
    public const string DefaultTag = "latest";

    /// <summary>"name:tag", the local reference of the image.</summary>
    public string Reference => $"{Name}:{Tag}";
}
