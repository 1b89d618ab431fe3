namespace Berth.Docker.Push;

/// <summary>A finished push: where the image went and the manifest digest the registry reported.</summary>
public sealed record PushResult(ImageReference Reference, string Digest);
