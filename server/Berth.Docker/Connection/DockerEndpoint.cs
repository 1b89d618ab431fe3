namespace Berth.Docker.Connection;

/// <summary>Where the Docker engine answers (unix://, npipe://, tcp://) and what chose it, for messages.</summary>
public sealed record DockerEndpoint(Uri Host, string Source)
{
    public override string ToString() => Host.OriginalString;
}
