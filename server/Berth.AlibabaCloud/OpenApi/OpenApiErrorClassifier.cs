namespace Berth.AlibabaCloud.OpenApi;

/// <summary>What an error code means for retrying, and what a user should do about it.</summary>
public static class OpenApiErrorClassifier
{
    public static bool IsThrottling(string code) =>
        code.StartsWith("Throttling", StringComparison.Ordinal)
        || code is "Rejected.Throttling" or "ServiceUnavailable.Throttling" or "RequestLimitExceeded";

    /// <summary>Throttling and the service's own faults go away by themselves; nothing else does.</summary>
    public static bool IsTransient(int statusCode, string code) =>
        IsThrottling(code)
        || code is "ServiceUnavailable" or "InternalError" or "UnknownError"
        || statusCode >= 500;

    public static string Advice(string code) => code switch
    {
        _ when IsThrottling(code) => "The API is rate limited; wait a little and try again.",
        "InvalidAccessKeyId.NotFound" => "The AccessKey ID is unknown: check the credentials Berth uses (aliyun configure, or ALIBABA_CLOUD_ACCESS_KEY_ID).",
        "InvalidAccessKeyId.Inactive" => "The AccessKey is disabled: enable it in the RAM console or use another one.",
        "SignatureDoesNotMatch" or "IncompleteSignature" => "The AccessKey secret does not match the AccessKey ID: check ALIBABA_CLOUD_ACCESS_KEY_SECRET or the profile's secret.",
        "InvalidTimeStamp.Expired" => "This computer's clock is more than 15 minutes off: set the time correctly and retry.",
        "SignatureNonceUsed" => "The request was replayed; retry it.",
        _ when code.StartsWith("InvalidSecurityToken", StringComparison.Ordinal) => "The STS security token is expired or wrong: refresh the temporary credentials.",
        _ when code.StartsWith("Forbidden", StringComparison.Ordinal) || code == "NoPermission" => "The credentials lack permission for this action: grant it to the RAM user or role.",
        "ServiceUnavailable" or "InternalError" or "UnknownError" => "The service failed; try again later.",
        _ => "Check the request's settings in berth.yaml.",
    };
}
