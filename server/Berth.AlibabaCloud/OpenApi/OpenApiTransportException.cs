namespace Berth.AlibabaCloud.OpenApi;

/// <summary>No usable answer arrived: the connection failed or the attempts timed out, after retries.</summary>
public sealed class OpenApiTransportException(string message, Exception? innerException = null)
    : AlibabaCloudException(message, innerException);
