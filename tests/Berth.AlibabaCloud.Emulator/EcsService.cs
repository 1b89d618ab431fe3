using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Berth.AlibabaCloud.Emulator;

/// <summary>ECS 2014-05-26: DescribeInstances (filters and NextToken paging) and Cloud Assistant status.</summary>
public sealed class EcsService(CloudAssistant cloudAssistant)
{
    private readonly List<EmulatedInstance> _instances = [];
    private readonly Lock _gate = new();

    public void AddInstance(EmulatedInstance instance)
    {
        lock (_gate)
        {
            _instances.Add(instance);
        }
    }

    public EmulatedInstance? Find(string instanceId)
    {
        lock (_gate)
        {
            return _instances.FirstOrDefault(i => i.InstanceId == instanceId);
        }
    }

    public JsonObject Handle(EmulatedRequest request) => request.Action switch
    {
        "DescribeInstances" => DescribeInstances(request),
        "DescribeCloudAssistantStatus" => DescribeCloudAssistantStatus(request),
        "RunCommand" => cloudAssistant.RunCommand(request, RequireRunnable),
        "DescribeInvocationResults" => cloudAssistant.DescribeInvocationResults(request),
        "StopInvocation" => cloudAssistant.StopInvocation(request),
        _ => throw new ServiceError(404, "InvalidAction.NotFound", $"Specified api {request.Action} is not found."),
    };

    private JsonObject DescribeInstances(EmulatedRequest request)
    {
        request.Required("RegionId");
        List<EmulatedInstance> matching;
        lock (_gate)
        {
            matching = _instances.Where(i => i.RegionId == request.Parameter("RegionId")).ToList();
        }

        if (request.Parameter("InstanceIds") is { } idsJson)
        {
            string[] ids;
            try
            {
                ids = JsonSerializer.Deserialize<string[]>(idsJson) ?? [];
            }
            catch (JsonException)
            {
                throw ServiceError.Invalid("InstanceIds.Malformed", "The specified parameter InstanceIds is not valid.");
            }
            matching = matching.Where(i => ids.Contains(i.InstanceId)).ToList();
        }
        if (request.Parameter("Status") is { } status)
        {
            matching = matching.Where(i => i.Status == status).ToList();
        }
        for (var n = 1; request.Parameter($"Tag.{n}.Key") is { } tagKey; n++)
        {
            var tagValue = request.Parameter($"Tag.{n}.Value");
            matching = matching.Where(i => i.Tags.TryGetValue(tagKey, out var v) && (tagValue is null || v == tagValue)).ToList();
        }

        var pageSize = Math.Clamp(int.Parse(request.Parameter("MaxResults") ?? "10", CultureInfo.InvariantCulture), 10, 100);
        var start = request.Parameter("NextToken") is { Length: > 0 } token
            ? int.TryParse(token, CultureInfo.InvariantCulture, out var s) ? s : throw ServiceError.Invalid("NextToken", "The specified NextToken is not valid.")
            : 0;
        var page = matching.Skip(start).Take(pageSize).ToList();
        var next = start + page.Count < matching.Count ? (start + page.Count).ToString(CultureInfo.InvariantCulture) : "";

        var instances = new JsonArray();
        foreach (var instance in page)
        {
            var tags = new JsonArray();
            foreach (var tag in instance.Tags)
            {
                tags.Add(new JsonObject { ["TagKey"] = tag.Key, ["TagValue"] = tag.Value });
            }
            instances.Add(new JsonObject
            {
                ["InstanceId"] = instance.InstanceId,
                ["InstanceName"] = instance.InstanceName,
                ["HostName"] = instance.InstanceName,
                ["Status"] = instance.Status,
                ["RegionId"] = instance.RegionId,
                ["ZoneId"] = instance.RegionId + "-a",
                ["OSType"] = "linux",
                ["InstanceType"] = "ecs.t6-c1m1.large",
                ["PublicIpAddress"] = new JsonObject { ["IpAddress"] = new JsonArray() },
                ["VpcAttributes"] = new JsonObject
                {
                    ["VpcId"] = "vpc-emulated",
                    ["PrivateIpAddress"] = new JsonObject { ["IpAddress"] = new JsonArray(instance.PrivateIpAddress) },
                },
                ["Tags"] = new JsonObject { ["Tag"] = tags },
            });
        }

        return new JsonObject
        {
            ["Instances"] = new JsonObject { ["Instance"] = instances },
            ["NextToken"] = next,
            ["PageSize"] = pageSize,
            ["TotalCount"] = matching.Count,
        };
    }

    private JsonObject DescribeCloudAssistantStatus(EmulatedRequest request)
    {
        request.Required("RegionId");
        var statuses = new JsonArray();
        foreach (var id in request.List("InstanceId"))
        {
            var instance = Find(id);
            statuses.Add(new JsonObject
            {
                ["InstanceId"] = id,
                ["CloudAssistantStatus"] = instance is { CloudAssistant: true } ? "true" : "false",
                ["CloudAssistantVersion"] = instance is { CloudAssistant: true } ? "2.2.3.398" : "",
                ["OSType"] = "Linux",
            });
        }
        return new JsonObject
        {
            ["InstanceCloudAssistantStatusSet"] = new JsonObject { ["InstanceCloudAssistantStatus"] = statuses },
            ["TotalCount"] = statuses.Count,
        };
    }

    private EmulatedInstance RequireRunnable(string instanceId)
    {
        var instance = Find(instanceId) ?? throw new ServiceError(404, "InvalidInstance.NotFound", $"The instance {instanceId} does not exist.");
        if (instance.Status != "Running")
        {
            throw new ServiceError(403, "IncorrectInstanceStatus", $"The current status of the instance {instanceId} does not support this operation.");
        }
        return instance;
    }
}
