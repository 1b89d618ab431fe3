using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Berth.AlibabaCloud.Emulator;

/// <summary>
/// The ECS metadata service's RAM-role part (normally http://100.100.100.200): IMDSv2 tokens, the
/// role name, and temporary credentials for the role that the emulator's APIs accept.
/// </summary>
public sealed class MetadataService(EmulatorAccounts accounts, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, byte> _tokens = new(StringComparer.Ordinal);

    /// <summary>The instance's RAM role; null means the instance has none (404, as on a real instance).</summary>
    public string? RoleName { get; set; }

    /// <summary>When true, requests without a valid IMDSv2 token are refused (403), like hardened instances.</summary>
    public bool RequireToken { get; set; }

    public int CredentialRequests;

    public async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path == "/latest/api/token")
        {
            if (context.Request.Method != "PUT" || !context.Request.Headers.ContainsKey("X-aliyun-ecs-metadata-token-ttl-seconds"))
            {
                context.Response.StatusCode = 400;
                return;
            }
            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _tokens[token] = 0;
            await context.Response.WriteAsync(token).ConfigureAwait(false);
            return;
        }

        var presented = context.Request.Headers["X-aliyun-ecs-metadata-token"].ToString();
        if (RequireToken && !_tokens.ContainsKey(presented))
        {
            context.Response.StatusCode = 403;
            return;
        }

        const string prefix = "/latest/meta-data/ram/security-credentials/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || RoleName is null)
        {
            context.Response.StatusCode = 404;
            return;
        }
        var requestedRole = path[prefix.Length..];
        if (requestedRole.Length == 0)
        {
            await context.Response.WriteAsync(RoleName).ConfigureAwait(false);
            return;
        }
        if (requestedRole != RoleName)
        {
            context.Response.StatusCode = 404;
            return;
        }
        Interlocked.Increment(ref CredentialRequests);
        var key = accounts.IssueTemporary(time.GetUtcNow(), TimeSpan.FromHours(6));
        var body = new JsonObject
        {
            ["Code"] = "Success",
            ["AccessKeyId"] = key.AccessKeyId,
            ["AccessKeySecret"] = key.AccessKeySecret,
            ["SecurityToken"] = key.SecurityToken,
            ["Expiration"] = key.Expiration!.Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["LastUpdated"] = time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        };
        context.Response.ContentType = "text/plain";
        await context.Response.WriteAsync(body.ToJsonString()).ConfigureAwait(false);
    }
}
