using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace Berth.AlibabaCloud.Emulator;

/// <summary>
/// Alibaba Cloud on loopback, for tests: ECS, Cloud Assistant, Container Registry, STS and the ECS
/// metadata service on one port. Every API request's signature is verified; bad ones are refused
/// the way the service refuses them. State lives as long as the emulator.
/// </summary>
public sealed class AlibabaCloudEmulator : IAsyncDisposable
{
    public const string AccessKeyId = "LTAI5tEmulatorKey0001";
    public const string AccessKeySecret = "EmulatorSecret-Do-Not-Print-0001";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<EmulatorFault> _faults = new();
    private readonly ConcurrentQueue<ReceivedCall> _calls = new();
    private readonly SignatureVerifier _verifier;
    private int _requestCounter;

    private AlibabaCloudEmulator(WebApplication app, TimeProvider time)
    {
        _app = app;
        Accounts = new EmulatorAccounts();
        Accounts.AddAccessKey(AccessKeyId, AccessKeySecret);
        _verifier = new SignatureVerifier(Accounts, time);
        CloudAssistant = new CloudAssistant();
        Ecs = new EcsService(CloudAssistant);
        Registry = new ContainerRegistryService(time);
        Sts = new StsService(Accounts, time);
        Metadata = new MetadataService(Accounts, time);
    }

    public Uri BaseUri { get; private set; } = new("http://127.0.0.1/");

    public EmulatorAccounts Accounts { get; }

    public EcsService Ecs { get; }

    public CloudAssistant CloudAssistant { get; }

    public ContainerRegistryService Registry { get; }

    public StsService Sts { get; }

    public MetadataService Metadata { get; }

    /// <summary>Every API request received, in order (metadata requests excluded).</summary>
    public IReadOnlyList<ReceivedCall> Calls => _calls.ToArray();

    public static async Task<AlibabaCloudEmulator> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.Limits.MaxRequestLineSize = 64 * 1024;
        });
        var app = builder.Build();
        var emulator = new AlibabaCloudEmulator(app, time ?? TimeProvider.System);
        app.Run(emulator.HandleAsync);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredServiceFeature().Addresses.First();
        emulator.BaseUri = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return emulator;
    }

    /// <summary>The environment that points Berth at this emulator for every product.</summary>
    public IReadOnlyDictionary<string, string> EndpointEnvironment => new Dictionary<string, string>
    {
        ["BERTH_ECS_ENDPOINT"] = BaseUri.AbsoluteUri,
        ["BERTH_CR_ENDPOINT"] = BaseUri.AbsoluteUri,
        ["BERTH_STS_ENDPOINT"] = BaseUri.AbsoluteUri,
    };

    public void AddFault(EmulatorFault fault)
    {
        for (var i = 0; i < fault.Times; i++)
        {
            _faults.Enqueue(fault with { Times = 1 });
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        CloudAssistant.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/latest", StringComparison.Ordinal))
        {
            await Metadata.HandleAsync(context).ConfigureAwait(false);
            return;
        }

        var requestId = $"E0000000-0000-4000-8000-{Interlocked.Increment(ref _requestCounter):D12}";
        context.Response.Headers["x-acs-request-id"] = requestId;
        EmulatedRequest? verified = null;
        try
        {
            var request = await ReadAsync(context).ConfigureAwait(false);
            verified = _verifier.Verify(request);
            await ApplyFaultAsync(verified, context.RequestAborted).ConfigureAwait(false);
            var body = Dispatch(verified);
            body["RequestId"] = requestId;
            _calls.Enqueue(new ReceivedCall(verified.Action, verified.Version, verified.AccessKeyId, verified.SignatureNonce, verified.SignatureKind, 200, null));
            await WriteJsonAsync(context, 200, body).ConfigureAwait(false);
        }
        catch (ServiceError error)
        {
            _calls.Enqueue(new ReceivedCall(verified?.Action, verified?.Version, verified?.AccessKeyId, verified?.SignatureNonce, verified?.SignatureKind, error.StatusCode, error.Code));
            var body = new JsonObject
            {
                ["RequestId"] = requestId,
                ["HostId"] = context.Request.Host.Value,
                ["Code"] = error.Code,
                ["Message"] = error.Message,
            };
            if (error.AsIsSuccessFalse)
            {
                body["IsSuccess"] = false;
                await WriteJsonAsync(context, 200, body).ConfigureAwait(false);
                return;
            }
            body["Recommend"] = $"https://api.alibabacloud.com/troubleshoot?q={error.Code}&requestId={requestId}";
            if (error is { Code: "Throttling.User" } && error.Data["RetryAfter"] is int retryAfter)
            {
                context.Response.Headers["x-acs-retry-after"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            await WriteJsonAsync(context, error.StatusCode, body).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up on a hanging request; there is nobody left to answer.
        }
    }

    private JsonObject Dispatch(EmulatedRequest request)
    {
        if (request.Method == "GET" && request.RawPath == "/tokens")
        {
            return Registry.PersonalToken();
        }
        return request.Version switch
        {
            "2014-05-26" => Ecs.Handle(request),
            "2018-12-01" => Registry.HandleEnterprise(request),
            "2015-04-01" => Sts.Handle(request),
            _ => throw new ServiceError(400, "InvalidVersion", $"Specified parameter Version {request.Version} is not valid."),
        };
    }

    private async Task ApplyFaultAsync(EmulatedRequest request, CancellationToken aborted)
    {
        EmulatorFault? fault = null;
        foreach (var candidate in _faults)
        {
            if (candidate.Action is null || candidate.Action == request.Action)
            {
                fault = candidate;
                break;
            }
        }
        if (fault is null || !TryRemove(fault))
        {
            return;
        }
        switch (fault.Kind)
        {
            case EmulatorFaultKind.Throttle:
                var throttled = new ServiceError(400, "Throttling.User", "Request was denied due to user flow control.");
                throttled.Data["RetryAfter"] = fault.RetryAfterMilliseconds;
                throw throttled;
            case EmulatorFaultKind.ServerError:
                throw new ServiceError(503, "ServiceUnavailable", "The request has failed due to a temporary failure of the server.");
            case EmulatorFaultKind.IsSuccessFalse:
                throw new ServiceError(200, "INTERNAL_ERROR", "emulated failure") { AsIsSuccessFalse = true };
            case EmulatorFaultKind.Hang:
                await Task.Delay(TimeSpan.FromMinutes(1), aborted).ConfigureAwait(false);
                throw new ServiceError(504, "GatewayTimeout", "The request timed out.");
        }
    }

    private bool TryRemove(EmulatorFault fault)
    {
        // Faults are few and tests add them before acting, so rebuilding the queue is fine.
        lock (_faults)
        {
            var all = _faults.ToList();
            var index = all.IndexOf(fault);
            if (index < 0)
            {
                return false;
            }
            all.RemoveAt(index);
            _faults.Clear();
            foreach (var remaining in all)
            {
                _faults.Enqueue(remaining);
            }
            return true;
        }
    }

    private static async Task<EmulatedRequest> ReadAsync(HttpContext context)
    {
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "/";
        var question = rawTarget.IndexOf('?', StringComparison.Ordinal);
        var rawPath = question < 0 ? rawTarget : rawTarget[..question];
        var query = question < 0 ? [] : ParsePairs(rawTarget[(question + 1)..]);

        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
        var body = buffer.ToArray();
        var form = context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
            ? ParsePairs(System.Text.Encoding.UTF8.GetString(body))
            : [];

        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(',', h.Value.ToArray()), StringComparer.Ordinal);
        return new EmulatedRequest(context.Request.Method, rawPath, query, form, headers, body);
    }

    private static List<KeyValuePair<string, string>> ParsePairs(string text) =>
        text.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => new KeyValuePair<string, string>(
                Uri.UnescapeDataString(parts[0].Replace('+', ' ')),
                parts.Length > 1 ? Uri.UnescapeDataString(parts[1].Replace('+', ' ')) : ""))
            .ToList();

    private static async Task WriteJsonAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json;charset=utf-8";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted).ConfigureAwait(false);
    }
}

internal static class ServiceProviderExtensions
{
    public static IServerAddressesFeature GetRequiredServiceFeature(this IServiceProvider services) =>
        ((Microsoft.AspNetCore.Hosting.Server.IServer)services.GetService(typeof(Microsoft.AspNetCore.Hosting.Server.IServer))!)
            .Features.Get<IServerAddressesFeature>()!;
}
