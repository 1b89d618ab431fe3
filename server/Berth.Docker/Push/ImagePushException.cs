namespace Berth.Docker.Push;

/// <summary>A push the registry or the engine refused; the message says what to do.</summary>
public sealed class ImagePushException(string message) : DockerOperationException(message);
