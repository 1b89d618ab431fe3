using System.Text.Json;

namespace Berth.AlibabaCloud.OpenApi;

/// <summary>A successful answer: its HTTP status, the service's request id and the JSON body.</summary>
public sealed record OpenApiResponse(int StatusCode, string? RequestId, JsonElement Body);
