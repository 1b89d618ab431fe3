namespace Berth.Docker;

/// <summary>
/// A failure the user can act on (engine not running, build step failed, registry refused): the message is one
/// sentence or two saying what happened and what to do, fit to show as-is in the editor or the terminal.
/// </summary>
public class DockerOperationException : Exception
{
    public DockerOperationException(string message) : base(message)
    {
    }

    public DockerOperationException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public DockerOperationException()
    {
    }
}
