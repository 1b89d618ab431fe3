namespace Berth.AlibabaCloud.OpenApi;

/// <summary>The service answered with an error (an HTTP error status, or CR's IsSuccess=false on 200).</summary>
public sealed class OpenApiServiceException : AlibabaCloudException
{
    public OpenApiServiceException(string action, int statusCode, string code, string? serviceMessage, string? requestId, string? recommend)
        : base(Describe(action, statusCode, code, serviceMessage, requestId))
    {
        Action = action;
        StatusCode = statusCode;
        Code = code;
        ServiceMessage = serviceMessage;
        RequestId = requestId;
        Recommend = recommend;
    }

    public string Action { get; }

    public int StatusCode { get; }

    /// <summary>The service's error code, for example <c>InvalidAccessKeyId.NotFound</c>.</summary>
    public string Code { get; }

    public string? ServiceMessage { get; }

    public string? RequestId { get; }

    /// <summary>The service's diagnosis link, when it gave one.</summary>
    public string? Recommend { get; }

    public bool IsThrottling => OpenApiErrorClassifier.IsThrottling(Code);

    private static string Describe(string action, int statusCode, string code, string? serviceMessage, string? requestId)
    {
        var text = $"Alibaba Cloud refused {action}: {code}";
        if (!string.IsNullOrWhiteSpace(serviceMessage))
        {
            text += $" ({serviceMessage.TrimEnd('.')})";
        }
        text += $" [HTTP {statusCode}";
        if (!string.IsNullOrEmpty(requestId))
        {
            text += $", request id {requestId}";
        }
        text += "]. " + OpenApiErrorClassifier.Advice(code);
        return text;
    }
}
