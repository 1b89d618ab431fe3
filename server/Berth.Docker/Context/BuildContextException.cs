namespace Berth.Docker.Context;

/// <summary>The context could not be read (a file vanished, no permission): the user's files, not the engine.</summary>
public sealed class BuildContextException : DockerOperationException
{
    public BuildContextException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
