using System.Globalization;
using System.Text;
using System.Text.Json;
using Berth.AlibabaCloud.Endpoints;
using Berth.AlibabaCloud.OpenApi;

namespace Berth.AlibabaCloud.Ecs;

/// <summary>The ECS 2014-05-26 actions Berth uses: instances, Cloud Assistant status, RunCommand and its results.</summary>
public sealed class EcsClient(OpenApiClient client)
{
    private const string Version = "2014-05-26";

    private string Region => client.RegionId ?? throw new CloudConfigurationException("No region is set for ECS. Set alibabaCloud.region in berth.yaml.");

    /// <summary>Instances by id and/or tags (all tags must match), following NextToken until the last page.</summary>
    public async Task<IReadOnlyList<EcsInstance>> DescribeInstancesAsync(
        IReadOnlyList<string> instanceIds, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        var found = new List<EcsInstance>();
        // DescribeInstances takes at most 100 ids per call.
        var idChunks = instanceIds.Count == 0 ? [null] : instanceIds.Chunk(100).Select(c => (string[]?)c).ToList();
        foreach (var ids in idChunks)
        {
            string? nextToken = null;
            do
            {
                var query = new List<KeyValuePair<string, string>> { new("RegionId", Region), new("MaxResults", "100") };
                if (ids is not null)
                {
                    query.Add(new("InstanceIds", JsonSerializer.Serialize(ids, EcsJsonContext.Default.StringArray)));
                }
                var n = 1;
                foreach (var tag in tags)
                {
                    query.Add(new($"Tag.{n}.Key", tag.Key));
                    query.Add(new($"Tag.{n}.Value", tag.Value));
                    n++;
                }
                if (nextToken is not null)
                {
                    query.Add(new("NextToken", nextToken));
                }
                var response = await client.SendAsync(new OpenApiRequest(CloudProduct.Ecs, "DescribeInstances", Version) { Query = query }, cancellationToken)
                    .ConfigureAwait(false);
                foreach (var item in Items(response.Body, "Instances", "Instance"))
                {
                    found.Add(ReadInstance(item));
                }
                nextToken = response.Body.TryGetProperty("NextToken", out var token) && token.GetString() is { Length: > 0 } t ? t : null;
            }
            while (nextToken is not null);
        }
        return found;
    }

    /// <summary>Which of the instances have a running Cloud Assistant agent.</summary>
    public async Task<IReadOnlySet<string>> InstancesWithCloudAssistantAsync(IReadOnlyList<string> instanceIds, CancellationToken cancellationToken)
    {
        var ready = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in instanceIds.Chunk(50))
        {
            var query = new List<KeyValuePair<string, string>> { new("RegionId", Region), new("MaxResults", "50") };
            query.AddRange(chunk.Select((id, i) => new KeyValuePair<string, string>($"InstanceId.{i + 1}", id)));
            var response = await client.SendAsync(new OpenApiRequest(CloudProduct.Ecs, "DescribeCloudAssistantStatus", Version) { Query = query }, cancellationToken)
                .ConfigureAwait(false);
            foreach (var item in Items(response.Body, "InstanceCloudAssistantStatusSet", "InstanceCloudAssistantStatus"))
            {
                if (item.GetProperty("CloudAssistantStatus").GetString() == "true")
                {
                    ready.Add(item.GetProperty("InstanceId").GetString()!);
                }
            }
        }
        return ready;
    }

    /// <summary>
    /// Runs a shell script on the instances. The script travels Base64-encoded in the form body (no
    /// quoting or URL-length trouble); the ClientToken makes a retried call start one invocation only.
    /// </summary>
    public async Task<string> RunCommandAsync(
        string script, IReadOnlyList<string> instanceIds, TimeSpan timeout, string clientToken, string name, CancellationToken cancellationToken)
    {
        var query = new List<KeyValuePair<string, string>>
        {
            new("RegionId", Region),
            new("Type", "RunShellScript"),
            new("ContentEncoding", "Base64"),
            new("Timeout", ((int)Math.Ceiling(timeout.TotalSeconds)).ToString(CultureInfo.InvariantCulture)),
            new("Name", name),
            new("ClientToken", clientToken),
        };
        query.AddRange(instanceIds.Select((id, i) => new KeyValuePair<string, string>($"InstanceId.{i + 1}", id)));
        var response = await client.SendAsync(new OpenApiRequest(CloudProduct.Ecs, "RunCommand", Version)
        {
            Query = query,
            FormBody = [new("CommandContent", Convert.ToBase64String(Encoding.UTF8.GetBytes(script)))],
            IsIdempotent = true, // ClientToken makes the retry safe.
        }, cancellationToken).ConfigureAwait(false);
        return response.Body.GetProperty("InvokeId").GetString()!;
    }

    public async Task<IReadOnlyList<InvocationResult>> DescribeInvocationResultsAsync(string invokeId, CancellationToken cancellationToken)
    {
        var results = new List<InvocationResult>();
        string? nextToken = null;
        do
        {
            var query = new List<KeyValuePair<string, string>>
            {
                new("RegionId", Region), new("InvokeId", invokeId), new("ContentEncoding", "PlainText"), new("MaxResults", "50"),
            };
            if (nextToken is not null)
            {
                query.Add(new("NextToken", nextToken));
            }
            var response = await client.SendAsync(new OpenApiRequest(CloudProduct.Ecs, "DescribeInvocationResults", Version) { Query = query }, cancellationToken)
                .ConfigureAwait(false);
            var invocation = response.Body.GetProperty("Invocation");
            foreach (var item in Items(invocation, "InvocationResults", "InvocationResult"))
            {
                results.Add(new InvocationResult(
                    item.GetProperty("InstanceId").GetString()!,
                    item.GetProperty("InvocationStatus").GetString()!,
                    item.TryGetProperty("ExitCode", out var exit) && exit.ValueKind == JsonValueKind.Number ? exit.GetInt64() : 0,
                    item.TryGetProperty("Output", out var output) ? output.GetString() ?? "" : "",
                    item.TryGetProperty("ErrorCode", out var code) && code.GetString() is { Length: > 0 } c ? c : null));
            }
            nextToken = invocation.TryGetProperty("NextToken", out var token) && token.GetString() is { Length: > 0 } t ? t : null;
        }
        while (nextToken is not null);
        return results;
    }

    public async Task StopInvocationAsync(string invokeId, IReadOnlyList<string> instanceIds, CancellationToken cancellationToken)
    {
        var query = new List<KeyValuePair<string, string>> { new("RegionId", Region), new("InvokeId", invokeId) };
        query.AddRange(instanceIds.Select((id, i) => new KeyValuePair<string, string>($"InstanceId.{i + 1}", id)));
        await client.SendAsync(new OpenApiRequest(CloudProduct.Ecs, "StopInvocation", Version) { Query = query }, cancellationToken).ConfigureAwait(false);
    }

    private static IEnumerable<JsonElement> Items(JsonElement body, string wrapper, string item) =>
        body.TryGetProperty(wrapper, out var outer) && outer.ValueKind == JsonValueKind.Object
        && outer.TryGetProperty(item, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : [];

    private static EcsInstance ReadInstance(JsonElement item)
    {
        static string? First(JsonElement e, params string[] path)
        {
            foreach (var step in path)
            {
                if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(step, out e))
                {
                    return null;
                }
            }
            return e.ValueKind == JsonValueKind.Array && e.GetArrayLength() > 0 ? e[0].GetString() : null;
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tag in Items(item, "Tags", "Tag"))
        {
            tags[tag.GetProperty("TagKey").GetString()!] = tag.GetProperty("TagValue").GetString() ?? "";
        }
        return new EcsInstance(
            item.GetProperty("InstanceId").GetString()!,
            item.TryGetProperty("InstanceName", out var name) ? name.GetString() ?? "" : "",
            item.GetProperty("Status").GetString()!,
            First(item, "VpcAttributes", "PrivateIpAddress", "IpAddress"),
            First(item, "PublicIpAddress", "IpAddress"))
        {
            Tags = tags,
        };
    }
}
