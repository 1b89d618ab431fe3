using System.Text.Json;
using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Endpoints;
using Berth.AlibabaCloud.OpenApi;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.OpenApi;

public sealed class OpenApiClientTests : IAsyncLifetime
{
    private AlibabaCloudEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        _emulator.Ecs.AddInstance(new EmulatedInstance("i-one", "web-1"));
        _emulator.Registry.AddInstance(new EmulatedRegistryInstance("cri-test", "berth", "127.0.0.1:5000"));
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private static OpenApiRequest DescribeInstances => new(CloudProduct.Ecs, "DescribeInstances", "2014-05-26")
    {
        Query = [new("RegionId", "cn-hangzhou")],
    };

    private static OpenApiRequest GetToken => new(CloudProduct.ContainerRegistry, "GetAuthorizationToken", "2018-12-01")
    {
        Query = [new("InstanceId", "cri-test")],
    };

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task Both_signatures_are_accepted_by_an_independent_verifier(SignatureVersion version)
    {
        var client = EmulatorClients.Client(_emulator, options: new() { SignatureVersion = version });
        var response = await client.SendAsync(DescribeInstances, CancellationToken.None);

        Assert.Equal("i-one", response.Body.GetProperty("Instances").GetProperty("Instance")[0].GetProperty("InstanceId").GetString());
        Assert.False(string.IsNullOrEmpty(response.RequestId));
        Assert.Equal(version.ToString(), _emulator.Calls.Single().SignatureKind);
    }

    [Theory]
    [InlineData(SignatureVersion.V3)]
    [InlineData(SignatureVersion.V1)]
    public async Task A_form_body_with_hostile_characters_is_signed_correctly(SignatureVersion version)
    {
        _emulator.CloudAssistant.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        var client = EmulatorClients.Client(_emulator, options: new() { SignatureVersion = version });
        var script = "echo 'a b*c~d+e=f&g/h' \"日本\" 😀 $((1+2))";
        var response = await client.SendAsync(new OpenApiRequest(CloudProduct.Ecs, "RunCommand", "2014-05-26")
        {
            Query = [new("RegionId", "cn-hangzhou"), new("Type", "RunShellScript"), new("InstanceId.1", "i-one")],
            FormBody = [new("CommandContent", script)],
        }, CancellationToken.None);

        Assert.StartsWith("t-", response.Body.GetProperty("InvokeId").GetString(), StringComparison.Ordinal);
        Assert.Equal(script, _emulator.CloudAssistant.ReceivedScripts.Single());
    }

    [Fact]
    public async Task A_wrong_secret_is_a_typed_error_with_the_request_id_and_is_not_retried()
    {
        var client = EmulatorClients.Client(_emulator, new CloudCredentials(AlibabaCloudEmulator.AccessKeyId, "wrong-secret"));
        var error = await Assert.ThrowsAsync<OpenApiServiceException>(() => client.SendAsync(DescribeInstances, CancellationToken.None));

        Assert.Equal("SignatureDoesNotMatch", error.Code);
        Assert.Equal(400, error.StatusCode);
        Assert.False(string.IsNullOrEmpty(error.RequestId));
        Assert.Contains(error.RequestId!, error.Message, StringComparison.Ordinal);
        Assert.Contains("secret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", error.Message, StringComparison.Ordinal);
        Assert.Single(_emulator.Calls);
    }

    [Fact]
    public async Task An_unknown_access_key_is_reported_as_such()
    {
        var client = EmulatorClients.Client(_emulator, new CloudCredentials("LTAIunknown", "x"));
        var error = await Assert.ThrowsAsync<OpenApiServiceException>(() => client.SendAsync(DescribeInstances, CancellationToken.None));
        Assert.Equal("InvalidAccessKeyId.NotFound", error.Code);
        Assert.Equal(404, error.StatusCode);
        Assert.Contains("aliyun configure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clock_more_than_15_minutes_off_is_refused()
    {
        var time = new SteppingTimeProvider(DateTimeOffset.UtcNow.AddMinutes(-20));
        var client = EmulatorClients.Client(_emulator, options: new() { TimeProvider = time });
        var error = await Assert.ThrowsAsync<OpenApiServiceException>(() => client.SendAsync(DescribeInstances, CancellationToken.None));
        Assert.Equal("InvalidTimeStamp.Expired", error.Code);
    }

    [Fact]
    public async Task The_emulator_refuses_a_reused_nonce()
    {
        var client = EmulatorClients.Client(_emulator, options: new() { NonceFactory = () => "always-the-same" });
        await client.SendAsync(DescribeInstances, CancellationToken.None);
        var error = await Assert.ThrowsAsync<OpenApiServiceException>(() => client.SendAsync(DescribeInstances, CancellationToken.None));
        Assert.Equal("SignatureNonceUsed", error.Code);
    }

    [Fact]
    public async Task Throttling_is_retried_with_backoff_and_jitter_and_each_attempt_is_signed_afresh()
    {
        _emulator.AddFault(new EmulatorFault(EmulatorFaultKind.Throttle, "DescribeInstances", Times: 2));
        var time = new SteppingTimeProvider();
        var client = EmulatorClients.Client(_emulator, options: new()
        {
            TimeProvider = time,
            Random = () => 0.5,
            Retry = new RetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(200) },
        });

        var response = await client.SendAsync(DescribeInstances, CancellationToken.None);

        Assert.Equal(200, response.StatusCode);
        var calls = _emulator.Calls;
        Assert.Equal(["Throttling.User", "Throttling.User", null], calls.Select(c => c.ErrorCode));
        Assert.Equal(3, calls.Select(c => c.Nonce).Distinct().Count());
        // Equal jitter: half of 200 ms then of 400 ms fixed, plus half of the rest at random 0.5.
        Assert.Equal([TimeSpan.FromMilliseconds(150), TimeSpan.FromMilliseconds(300)], time.Waits);
    }

    [Fact]
    public async Task The_service_retry_after_header_sets_the_delay()
    {
        _emulator.AddFault(new EmulatorFault(EmulatorFaultKind.Throttle, "DescribeInstances") { RetryAfterMilliseconds = 1500 });
        var time = new SteppingTimeProvider();
        var client = EmulatorClients.Client(_emulator, options: new() { TimeProvider = time });

        await client.SendAsync(DescribeInstances, CancellationToken.None);

        Assert.Equal([TimeSpan.FromMilliseconds(1500)], time.Waits);
    }

    [Fact]
    public async Task Server_errors_are_retried()
    {
        _emulator.AddFault(new EmulatorFault(EmulatorFaultKind.ServerError, "DescribeInstances"));
        var client = EmulatorClients.Client(_emulator, options: new() { TimeProvider = new SteppingTimeProvider() });
        var response = await client.SendAsync(DescribeInstances, CancellationToken.None);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal([503, 200], _emulator.Calls.Select(c => c.StatusCode));
    }

    [Fact]
    public async Task A_write_that_may_have_run_is_not_retried_after_a_server_error()
    {
        _emulator.AddFault(new EmulatorFault(EmulatorFaultKind.ServerError, "DescribeInstances"));
        var client = EmulatorClients.Client(_emulator, options: new() { TimeProvider = new SteppingTimeProvider() });
        var error = await Assert.ThrowsAsync<OpenApiServiceException>(
            () => client.SendAsync(DescribeInstances with { IsIdempotent = false }, CancellationToken.None));
        Assert.Equal("ServiceUnavailable", error.Code);
        Assert.Single(_emulator.Calls);
    }

    [Fact]
    public async Task Retries_stop_once_the_total_time_bound_would_be_passed()
    {
        _emulator.AddFault(new EmulatorFault(EmulatorFaultKind.Throttle, "DescribeInstances", Times: 10) { RetryAfterMilliseconds = 30_000 });
        var time = new SteppingTimeProvider();
        var client = EmulatorClients.Client(_emulator, options: new()
        {
            TimeProvider = time,
            Retry = new RetryPolicy { MaxAttempts = 10, MaxTotalTime = TimeSpan.FromSeconds(60) },
        });

        var error = await Assert.ThrowsAsync<OpenApiServiceException>(() => client.SendAsync(DescribeInstances, CancellationToken.None));

        Assert.True(error.IsThrottling);
        Assert.Contains("rate limited", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, _emulator.Calls.Count);
        Assert.Equal(TimeSpan.FromSeconds(60), time.Waits.Aggregate(TimeSpan.Zero, (a, b) => a + b));
    }

    [Fact]
    public async Task Is_success_false_on_http_200_is_an_error()
    {
        _emulator.AddFault(new EmulatorFault(EmulatorFaultKind.IsSuccessFalse, "GetAuthorizationToken"));
        var client = EmulatorClients.Client(_emulator);
        var error = await Assert.ThrowsAsync<OpenApiServiceException>(() => client.SendAsync(GetToken, CancellationToken.None));
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("INTERNAL_ERROR", error.Code);
        Assert.NotNull(error.RequestId);
    }

    [Fact]
    public async Task A_hanging_service_times_out_each_attempt_and_then_fails_clearly()
    {
        _emulator.AddFault(new EmulatorFault(EmulatorFaultKind.Hang, "DescribeInstances", Times: 2));
        var client = EmulatorClients.Client(_emulator, options: new()
        {
            TimeProvider = new SteppingTimeProvider(),
            AttemptTimeout = TimeSpan.FromMilliseconds(300),
            Retry = new RetryPolicy { MaxAttempts = 2 },
        });

        var error = await Assert.ThrowsAsync<OpenApiTransportException>(() => client.SendAsync(DescribeInstances, CancellationToken.None));

        Assert.Contains("DescribeInstances", error.Message, StringComparison.Ordinal);
        Assert.Contains("no answer within", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hanging_request_can_be_cancelled()
    {
        _emulator.AddFault(new EmulatorFault(EmulatorFaultKind.Hang, "DescribeInstances"));
        var client = EmulatorClients.Client(_emulator, options: new() { AttemptTimeout = TimeSpan.FromMinutes(5) });
        using var cancellation = new CancellationTokenSource();
        var call = client.SendAsync(DescribeInstances, cancellation.Token);
        await PollAsync(() => _emulator.Calls.Count == 0 && !call.IsCompleted);
        cancellation.CancelAfter(100);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_with_the_endpoint()
    {
        var resolver = new EndpointResolver(environment: name => name == "BERTH_ECS_ENDPOINT" ? "http://127.0.0.1:1/" : null);
        var time = new SteppingTimeProvider();
        var client = new OpenApiClient(EmulatorClients.Http, new StaticCredentialsProvider(EmulatorClients.Credentials), resolver,
            new OpenApiClientOptions { RegionId = "cn-hangzhou", TimeProvider = time, Retry = new RetryPolicy { MaxAttempts = 3 } });

        var error = await Assert.ThrowsAsync<OpenApiTransportException>(() => client.SendAsync(DescribeInstances, CancellationToken.None));

        Assert.Contains("127.0.0.1:1", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, time.Waits.Count);
    }

    [Fact]
    public async Task Temporary_credentials_carry_their_security_token()
    {
        var key = _emulator.Accounts.IssueTemporary(DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        foreach (var version in new[] { SignatureVersion.V3, SignatureVersion.V1 })
        {
            var client = EmulatorClients.Client(_emulator, new CloudCredentials(key.AccessKeyId, key.AccessKeySecret, key.SecurityToken),
                new() { SignatureVersion = version });
            var response = await client.SendAsync(DescribeInstances, CancellationToken.None);
            Assert.Equal(200, response.StatusCode);
        }

        var withoutToken = EmulatorClients.Client(_emulator, new CloudCredentials(key.AccessKeyId, key.AccessKeySecret));
        var error = await Assert.ThrowsAsync<OpenApiServiceException>(() => withoutToken.SendAsync(DescribeInstances, CancellationToken.None));
        Assert.StartsWith("InvalidSecurityToken", error.Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Roa_requests_are_signed_with_v3_on_their_path()
    {
        var client = EmulatorClients.Client(_emulator, options: new() { SignatureVersion = SignatureVersion.V1 });
        var response = await client.SendAsync(new OpenApiRequest(CloudProduct.ContainerRegistry, "GetAuthorizationToken", "2016-06-07")
        {
            Style = ApiStyle.Roa,
            Method = HttpMethod.Get,
            Path = "/tokens",
        }, CancellationToken.None);

        Assert.Equal(JsonValueKind.String, response.Body.GetProperty("data").GetProperty("authorizationToken").ValueKind);
        Assert.Equal("V3", _emulator.Calls.Single().SignatureKind);
    }

    private static async Task PollAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(50);
        }
    }
}
