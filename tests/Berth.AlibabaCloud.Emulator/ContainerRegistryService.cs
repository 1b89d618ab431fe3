using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Berth.AlibabaCloud.Emulator;

/// <summary>
/// Container Registry: Enterprise Edition (2018-12-01, RPC) instances, namespaces, repositories and
/// temporary tokens; Personal Edition (2016-06-07, ROA) GET /tokens.
/// </summary>
public sealed class ContainerRegistryService(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, EmulatedRegistryInstance> _instances = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Instance, string Namespace), JsonObject> _namespaces = new();
    private readonly ConcurrentDictionary<(string Instance, string Namespace, string Repo), JsonObject> _repositories = new();
    private int _counter;

    public RegistryLogin Login { get; set; } = RegistryLogin.FromTestEnvironment();

    public void AddInstance(EmulatedRegistryInstance instance) => _instances[instance.InstanceId] = instance;

    public bool HasNamespace(string instanceId, string name) => _namespaces.ContainsKey((instanceId, name));

    public bool HasRepository(string instanceId, string ns, string repo) => _repositories.ContainsKey((instanceId, ns, repo));

    public void AddNamespace(string instanceId, string name) => _namespaces[(instanceId, name)] = NewNamespace(instanceId, name, autoCreateRepo: false);

    public JsonObject HandleEnterprise(EmulatedRequest request) => request.Action switch
    {
        "ListInstance" => ListInstance(),
        "GetInstanceEndpoint" => GetInstanceEndpoint(request),
        "GetAuthorizationToken" => GetAuthorizationToken(request),
        "GetNamespace" => GetNamespace(request),
        "CreateNamespace" => CreateNamespace(request),
        "ListNamespace" => ListNamespace(request),
        "GetRepository" => GetRepository(request),
        "CreateRepository" => CreateRepository(request),
        "ListRepository" => ListRepository(request),
        _ => throw new ServiceError(404, "InvalidAction.NotFound", $"Specified api {request.Action} is not found."),
    };

    /// <summary>Personal Edition GET /tokens.</summary>
    public JsonObject PersonalToken() => new()
    {
        ["data"] = new JsonObject
        {
            ["tempUserName"] = Login.UserName,
            ["authorizationToken"] = Login.Password,
            ["expireDate"] = time.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds(),
        },
    };

    private JsonObject ListInstance()
    {
        var list = new JsonArray();
        foreach (var instance in _instances.Values.OrderBy(i => i.InstanceId, StringComparer.Ordinal))
        {
            list.Add(new JsonObject
            {
                ["InstanceId"] = instance.InstanceId,
                ["InstanceName"] = instance.InstanceName,
                ["InstanceStatus"] = "RUNNING",
                ["InstanceSpecification"] = "Enterprise_Basic",
                ["RegionId"] = instance.RegionId,
            });
        }
        return Success(new JsonObject { ["Instances"] = list, ["PageNo"] = 1, ["PageSize"] = 30, ["TotalCount"] = list.Count });
    }

    private JsonObject GetInstanceEndpoint(EmulatedRequest request)
    {
        var instance = RequireInstance(request);
        var type = request.Required("EndpointType");
        var domain = type switch
        {
            "internet" => instance.RegistryDomain,
            "vpc" when instance.VpcDomain.Length > 0 => instance.VpcDomain,
            "vpc" => throw new ServiceError(200, "ENDPOINT_NOT_EXIST", "The instance has no VPC endpoint.") { AsIsSuccessFalse = true },
            _ => throw ServiceError.Invalid("EndpointType", $"EndpointType {type} is not supported."),
        };
        return Success(new JsonObject
        {
            ["Domains"] = new JsonArray(new JsonObject { ["Domain"] = domain, ["Type"] = "SYSTEM" }),
            ["Status"] = "RUNNING",
            ["Enable"] = true,
            ["AclEnable"] = false,
            ["AclEntries"] = new JsonArray(),
        });
    }

    private JsonObject GetAuthorizationToken(EmulatedRequest request)
    {
        RequireInstance(request);
        return Success(new JsonObject
        {
            ["TempUsername"] = Login.UserName,
            ["AuthorizationToken"] = Login.Password,
            ["ExpireTime"] = time.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds(),
        });
    }

    private JsonObject GetNamespace(EmulatedRequest request)
    {
        var instance = RequireInstance(request);
        var name = request.Required("NamespaceName");
        return _namespaces.TryGetValue((instance.InstanceId, name), out var ns)
            ? Success(ns.DeepClone().AsObject())
            : throw new ServiceError(200, "NAMESPACE_NOT_EXIST", "namespace not exist") { AsIsSuccessFalse = true };
    }

    private JsonObject CreateNamespace(EmulatedRequest request)
    {
        var instance = RequireInstance(request);
        var name = request.Required("NamespaceName");
        var created = NewNamespace(instance.InstanceId, name, request.Parameter("AutoCreateRepo") == "true");
        if (!_namespaces.TryAdd((instance.InstanceId, name), created))
        {
            throw new ServiceError(200, "NAMESPACE_ALREADY_EXIST", "namespace already exist") { AsIsSuccessFalse = true };
        }
        return Success([]);
    }

    private JsonObject ListNamespace(EmulatedRequest request)
    {
        var instance = RequireInstance(request);
        var list = new JsonArray();
        foreach (var ns in _namespaces.Where(n => n.Key.Instance == instance.InstanceId).OrderBy(n => n.Key.Namespace, StringComparer.Ordinal))
        {
            list.Add(ns.Value.DeepClone());
        }
        return Success(new JsonObject { ["Namespaces"] = list, ["TotalCount"] = list.Count.ToString(CultureInfo.InvariantCulture) });
    }

    private JsonObject GetRepository(EmulatedRequest request)
    {
        var instance = RequireInstance(request);
        var key = (instance.InstanceId, request.Required("RepoNamespaceName"), request.Required("RepoName"));
        return _repositories.TryGetValue(key, out var repo)
            ? Success(repo.DeepClone().AsObject())
            : throw new ServiceError(200, "REPO_NOT_EXIST", "repo not exist") { AsIsSuccessFalse = true };
    }

    private JsonObject CreateRepository(EmulatedRequest request)
    {
        var instance = RequireInstance(request);
        var ns = request.Required("RepoNamespaceName");
        var name = request.Required("RepoName");
        var type = request.Required("RepoType");
        var summary = request.Required("Summary");
        if (type is not ("PUBLIC" or "PRIVATE"))
        {
            throw ServiceError.Invalid("RepoType", "RepoType must be PUBLIC or PRIVATE.");
        }
        if (summary.Length > 100)
        {
            throw ServiceError.Invalid("Summary", "Summary must be 1-100 characters.");
        }
        if (!_namespaces.ContainsKey((instance.InstanceId, ns)))
        {
            throw new ServiceError(200, "NAMESPACE_NOT_EXIST", "namespace not exist") { AsIsSuccessFalse = true };
        }
        var id = $"crr-emu{Interlocked.Increment(ref _counter):D8}";
        var repo = new JsonObject
        {
            ["RepoId"] = id,
            ["RepoName"] = name,
            ["RepoNamespaceName"] = ns,
            ["RepoType"] = type,
            ["RepoStatus"] = "NORMAL",
            ["Summary"] = summary,
            ["InstanceId"] = instance.InstanceId,
        };
        if (!_repositories.TryAdd((instance.InstanceId, ns, name), repo))
        {
            throw new ServiceError(200, "REPO_ALREADY_EXIST", "repo already exist") { AsIsSuccessFalse = true };
        }
        return Success(new JsonObject { ["RepoId"] = id });
    }

    private JsonObject ListRepository(EmulatedRequest request)
    {
        var instance = RequireInstance(request);
        var ns = request.Parameter("RepoNamespaceName");
        var list = new JsonArray();
        foreach (var repo in _repositories.Where(r => r.Key.Instance == instance.InstanceId && (ns is null || r.Key.Namespace == ns))
                     .OrderBy(r => r.Key.Repo, StringComparer.Ordinal))
        {
            list.Add(repo.Value.DeepClone());
        }
        return Success(new JsonObject { ["Repositories"] = list, ["TotalCount"] = list.Count.ToString(CultureInfo.InvariantCulture) });
    }

    private EmulatedRegistryInstance RequireInstance(EmulatedRequest request)
    {
        var id = request.Required("InstanceId");
        return _instances.TryGetValue(id, out var instance)
            ? instance
            : throw new ServiceError(200, "INSTANCE_NOT_EXIST", $"instance {id} not exist") { AsIsSuccessFalse = true };
    }

    private static JsonObject NewNamespace(string instanceId, string name, bool autoCreateRepo) => new()
    {
        ["NamespaceId"] = "crn-" + name,
        ["NamespaceName"] = name,
        ["NamespaceStatus"] = "NORMAL",
        ["AutoCreateRepo"] = autoCreateRepo,
        ["DefaultRepoType"] = "PRIVATE",
        ["InstanceId"] = instanceId,
    };

    private static JsonObject Success(JsonObject body)
    {
        body["Code"] = "success";
        body["IsSuccess"] = true;
        return body;
    }
}
