namespace Berth.AlibabaCloud;

/// <summary>A setting (endpoint, region, profile, credentials file) is missing or malformed.</summary>
public sealed class CloudConfigurationException(string message, Exception? innerException = null)
    : AlibabaCloudException(message, innerException);
