using Berth.AlibabaCloud.Credentials;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Redaction;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.Credentials;

public sealed class CredentialsChainTests : IAsyncLifetime
{
    private readonly TemporaryHome _home = new();
    private readonly Dictionary<string, string> _variables = new();
    private readonly SecretRedactor _redactor = new();
    private AlibabaCloudEmulator _emulator = null!;

    public async Task InitializeAsync() => _emulator = await AlibabaCloudEmulator.StartAsync();

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _home.Dispose();
    }

    private CredentialsChain Chain(string? requested = null, string? manifest = null, Uri? metadata = null) => new(
        new CredentialsChainOptions(EmulatorClients.Http)
        {
            Environment = CredentialsEnvironment.From(_variables, _home.Path),
            RequestedProfile = requested,
            ManifestProfile = manifest,
            Endpoints = EmulatorClients.Endpoints(_emulator),
            // Port 1 on loopback refuses at once: "not on ECS" without waiting for a timeout.
            MetadataEndpoint = metadata ?? new Uri("http://127.0.0.1:1/"),
            Redactor = _redactor,
        });

    private static async Task<CloudCredentials> Credentials(ResolvedCredentials resolved) =>
        await resolved.Provider.GetCredentialsAsync(CancellationToken.None);

    private const string CliConfig = """
        {
          "current": "dev",
          "profiles": [
            { "name": "dev", "mode": "AK", "access_key_id": "LTAIdev", "access_key_secret": "dev-secret-1", "region_id": "cn-shanghai" },
            { "name": "sts", "mode": "StsToken", "access_key_id": "STS.x", "access_key_secret": "sts-secret-1", "sts_token": "sts-token-1" },
            { "name": "deployer", "mode": "RamRoleArn", "access_key_id": "LTAI5tEmulatorKey0001", "access_key_secret": "EmulatorSecret-Do-Not-Print-0001",
              "ram_role_arn": "acs:ram::1234:role/deployer", "ram_session_name": "berth-test", "expired_seconds": 900 },
            { "name": "chained", "mode": "ChainableRamRoleArn", "source_profile": "deployer", "ram_role_arn": "acs:ram::1234:role/second" },
            { "name": "onecs", "mode": "EcsRamRole", "ram_role_name": "EcsRole" },
            { "name": "sso", "mode": "CloudSSO" }
          ]
        }
        """;

    [Fact]
    public async Task Environment_variables_come_first_and_their_secret_is_registered_for_redaction()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        _variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAIenv";
        _variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret-value";
        _variables["ALIBABA_CLOUD_SECURITY_TOKEN"] = "env-token-value";
        _variables["ALIBABA_CLOUD_REGION_ID"] = "cn-beijing";

        var resolved = await Chain().ResolveAsync(CancellationToken.None);
        var credentials = await Credentials(resolved);

        Assert.Equal("LTAIenv", credentials.AccessKeyId);
        Assert.Equal("env-token-value", credentials.SecurityToken);
        Assert.Equal("environment variables", resolved.Source);
        Assert.Equal("cn-beijing", resolved.RegionId);
        Assert.Equal("key **** token ****", _redactor.Redact("key env-secret-value token env-token-value"));
    }

    [Fact]
    public async Task Legacy_environment_names_are_accepted()
    {
        _variables["ALICLOUD_ACCESS_KEY"] = "LTAIlegacy";
        _variables["ALICLOUD_SECRET_KEY"] = "legacy-secret";
        var credentials = await Credentials(await Chain().ResolveAsync(CancellationToken.None));
        Assert.Equal("LTAIlegacy", credentials.AccessKeyId);
        Assert.Null(credentials.SecurityToken);
    }

    [Fact]
    public async Task The_cli_config_current_profile_is_used_when_the_environment_has_no_keys()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        var resolved = await Chain().ResolveAsync(CancellationToken.None);
        var credentials = await Credentials(resolved);
        Assert.Equal("LTAIdev", credentials.AccessKeyId);
        Assert.Equal("cn-shanghai", resolved.RegionId);
        Assert.Contains("profile 'dev' (AK)", resolved.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_requested_profile_wins_over_environment_keys()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        _variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAIenv";
        _variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret";
        var credentials = await Credentials(await Chain(requested: "sts").ResolveAsync(CancellationToken.None));
        Assert.Equal("STS.x", credentials.AccessKeyId);
        Assert.Equal("sts-token-1", credentials.SecurityToken);
    }

    [Fact]
    public async Task The_manifest_profile_picks_among_file_profiles_but_not_over_environment_keys()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        var fromFile = await Credentials(await Chain(manifest: "sts").ResolveAsync(CancellationToken.None));
        Assert.Equal("STS.x", fromFile.AccessKeyId);

        _variables["ALIBABA_CLOUD_ACCESS_KEY_ID"] = "LTAIenv";
        _variables["ALIBABA_CLOUD_ACCESS_KEY_SECRET"] = "env-secret";
        var fromEnvironment = await Credentials(await Chain(manifest: "sts").ResolveAsync(CancellationToken.None));
        Assert.Equal("LTAIenv", fromEnvironment.AccessKeyId);
    }

    [Fact]
    public async Task A_ram_role_arn_profile_assumes_the_role_through_sts()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        _emulator.Sts.AddRole("acs:ram::1234:role/deployer");

        var resolved = await Chain(requested: "deployer").ResolveAsync(CancellationToken.None);
        var credentials = await Credentials(resolved);

        Assert.StartsWith("STS.", credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.NotNull(credentials.SecurityToken);
        Assert.Equal(["berth-test"], _emulator.Sts.AssumedSessions);
        Assert.Contains("acs:ram::1234:role/deployer", resolved.Source, StringComparison.Ordinal);
        Assert.DoesNotContain(credentials.SecurityToken!, _redactor.Redact("token=" + credentials.SecurityToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chained_profile_assumes_a_role_with_another_profiles_role()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        _emulator.Sts.AddRole("acs:ram::1234:role/deployer");
        _emulator.Sts.AddRole("acs:ram::1234:role/second");

        var credentials = await Credentials(await Chain(requested: "chained").ResolveAsync(CancellationToken.None));

        Assert.StartsWith("STS.", credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.Equal(2, _emulator.Sts.AssumedSessions.Count);
        var stsCalls = _emulator.Calls.Where(c => c.Action == "AssumeRole").ToList();
        Assert.StartsWith("STS.", stsCalls[1].AccessKeyId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_role_is_reported_by_sts()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        var error = await Assert.ThrowsAsync<Berth.AlibabaCloud.OpenApi.OpenApiServiceException>(
            () => Chain(requested: "deployer").ResolveAsync(CancellationToken.None));
        Assert.Equal("EntityNotExist.Role", error.Code);
        Assert.Contains("AssumeRole", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ecs_ram_role_profile_uses_the_metadata_service_with_an_imdsv2_token()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        _emulator.Metadata.RoleName = "EcsRole";
        _emulator.Metadata.RequireToken = true;

        var credentials = await Credentials(await Chain(requested: "onecs", metadata: _emulator.BaseUri).ResolveAsync(CancellationToken.None));

        Assert.StartsWith("STS.", credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.NotNull(credentials.Expiration);
        var client = EmulatorClients.Client(_emulator, credentials);
        var answer = await client.SendAsync(new(Berth.AlibabaCloud.Endpoints.CloudProduct.Ecs, "DescribeInstances", "2014-05-26") { Query = [new("RegionId", "cn-hangzhou")] }, CancellationToken.None);
        Assert.Equal(200, answer.StatusCode);
    }

    [Fact]
    public async Task An_unsupported_mode_is_named_in_the_error()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Chain(requested: "sso").ResolveAsync(CancellationToken.None));
        Assert.Contains("CloudSSO", error.Message, StringComparison.Ordinal);
        Assert.Contains("AK, StsToken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_cli_config_is_reported_with_its_path()
    {
        var path = _home.Write(".aliyun/config.json", "{ \"profiles\": [ ");
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Chain().ResolveAsync(CancellationToken.None));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("aliyun configure", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ini_file_default_section_is_used_after_the_cli_config()
    {
        _home.Write(".alibabacloud/credentials", """
            ; comment
            [default]
            enable = true
            type = access_key
            access_key_id = LTAIini
            access_key_secret = ini-secret

            [other]
            type = access_key
            access_key_id = LTAIother
            access_key_secret = other-secret
            """);

        var fromDefault = await Credentials(await Chain().ResolveAsync(CancellationToken.None));
        Assert.Equal("LTAIini", fromDefault.AccessKeyId);

        _variables["ALIBABA_CLOUD_PROFILE"] = "other";
        var fromNamed = await Credentials(await Chain().ResolveAsync(CancellationToken.None));
        Assert.Equal("LTAIother", fromNamed.AccessKeyId);
    }

    [Fact]
    public async Task The_ini_file_location_can_be_set_and_supports_ram_role_arn()
    {
        var path = _home.Write("elsewhere/creds.ini", """
            [default]
            type = ram_role_arn
            access_key_id = LTAI5tEmulatorKey0001
            access_key_secret = EmulatorSecret-Do-Not-Print-0001
            role_arn = acs:ram::1234:role/deployer
            role_session_name = from-ini
            """);
        _variables["ALIBABA_CLOUD_CREDENTIALS_FILE"] = path;
        _emulator.Sts.AddRole("acs:ram::1234:role/deployer");

        var credentials = await Credentials(await Chain().ResolveAsync(CancellationToken.None));

        Assert.StartsWith("STS.", credentials.AccessKeyId, StringComparison.Ordinal);
        Assert.Equal(["from-ini"], _emulator.Sts.AssumedSessions);
    }

    [Fact]
    public async Task A_broken_ini_line_is_reported_with_its_line_number()
    {
        _home.Write(".alibabacloud/credentials", "[default]\naccess_key_id LTAI\n");
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Chain().ResolveAsync(CancellationToken.None));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_instance_role_is_the_last_resort_and_its_name_is_discovered()
    {
        _emulator.Metadata.RoleName = "AutoRole";
        var resolved = await Chain(metadata: _emulator.BaseUri).ResolveAsync(CancellationToken.None);
        Assert.Contains("AutoRole", resolved.Source, StringComparison.Ordinal);
        Assert.StartsWith("STS.", (await Credentials(resolved)).AccessKeyId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_found_lists_what_was_tried_and_what_to_do()
    {
        var error = await Assert.ThrowsAsync<CredentialsNotFoundException>(() => Chain().ResolveAsync(CancellationToken.None));
        Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", error.Message, StringComparison.Ordinal);
        Assert.Contains(".aliyun/config.json", error.Message, StringComparison.Ordinal);
        Assert.Contains(".alibabacloud/credentials", error.Message, StringComparison.Ordinal);
        Assert.Contains("ECS instance RAM role", error.Message, StringComparison.Ordinal);
        Assert.Contains("aliyun configure", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Tried.Count);
    }

    [Fact]
    public async Task A_named_profile_that_exists_nowhere_is_an_error_naming_it()
    {
        _home.Write(".aliyun/config.json", CliConfig);
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Chain(requested: "prod").ResolveAsync(CancellationToken.None));
        Assert.Contains("'prod'", error.Message, StringComparison.Ordinal);
        Assert.Contains("aliyun configure --profile prod", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Temporary_credentials_are_fetched_again_before_they_expire()
    {
        var time = new SteppingTimeProvider(DateTimeOffset.UnixEpoch);
        var fetches = 0;
        var provider = new RefreshingCredentialsProvider(_ =>
        {
            fetches++;
            return Task.FromResult(new CloudCredentials($"STS.{fetches}", "s", "t", time.GetUtcNow().AddMinutes(15)));
        }, time);

        Assert.Equal("STS.1", (await provider.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal("STS.1", (await provider.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal("STS.2", (await provider.GetCredentialsAsync(CancellationToken.None)).AccessKeyId);
    }
}
