namespace Berth.AlibabaCloud;

/// <summary>
/// Base of every failure this library reports. Its Message is meant for users as is: what happened
/// and what to do, never a secret.
/// </summary>
public abstract class AlibabaCloudException : Exception
{
    protected AlibabaCloudException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
