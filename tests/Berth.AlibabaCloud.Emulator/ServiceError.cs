namespace Berth.AlibabaCloud.Emulator;

/// <summary>Thrown by an emulated action to answer with the service's error shape.</summary>
public sealed class ServiceError(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    /// <summary>CR Enterprise answers some failures with HTTP 200 and IsSuccess=false.</summary>
    public bool AsIsSuccessFalse { get; init; }

    public static ServiceError Missing(string parameter) => new(400, $"Missing{parameter}", $"{parameter} is mandatory for this action.");

    public static ServiceError Invalid(string parameter, string detail) => new(400, $"Invalid{parameter}", detail);
}
