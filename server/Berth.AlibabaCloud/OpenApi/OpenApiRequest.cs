using Berth.AlibabaCloud.Endpoints;

namespace Berth.AlibabaCloud.OpenApi;

/// <summary>
/// One API call, before signing. Query parameters are already flattened (<c>InstanceId.1</c>,
/// <c>Tag.1.Key</c>); FormBody parameters travel as an x-www-form-urlencoded body, which keeps
/// large values (a RunCommand script) out of the URL.
/// </summary>
public sealed record OpenApiRequest(CloudProduct Product, string Action, string Version)
{
    public ApiStyle Style { get; init; } = ApiStyle.Rpc;

    public HttpMethod Method { get; init; } = HttpMethod.Post;

    /// <summary>"/" for RPC; the resource path for ROA (for example "/tokens").</summary>
    public string Path { get; init; } = "/";

    public IReadOnlyList<KeyValuePair<string, string>> Query { get; init; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> FormBody { get; init; } = [];

    /// <summary>
    /// False for writes that must not run twice: those are retried only when the request never
    /// reached the service (connection refused) or the service asked to slow down.
    /// </summary>
    public bool IsIdempotent { get; init; } = true;
}
