using Berth.AlibabaCloud.Acr;
using Berth.AlibabaCloud.Emulator;
using Berth.AlibabaCloud.Redaction;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.Acr;

public sealed class AcrPreparationTests : IAsyncLifetime
{
    private readonly RecordingProgress _progress = new();
    private readonly SecretRedactor _redactor = new();
    private AlibabaCloudEmulator _emulator = null!;

    public async Task InitializeAsync()
    {
        _emulator = await AlibabaCloudEmulator.StartAsync();
        _emulator.Registry.Login = new RegistryLogin("temp_user_cr", "registry-password-123");
        _emulator.Registry.AddInstance(new EmulatedRegistryInstance("cri-abc", "acme", "acme-registry.cn-hangzhou.cr.aliyuncs.com")
        {
            VpcDomain = "acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com",
        });
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private AcrPreparation Preparation => new(new ContainerRegistryClient(EmulatorClients.Client(_emulator)), _progress, _redactor);

    private static AcrTarget Enterprise(bool create) =>
        new("cn-hangzhou", AcrEdition.Enterprise, "shop", "api") { InstanceId = "cri-abc", CreateIfMissing = create };

    [Fact]
    public async Task Enterprise_creates_the_namespace_and_repository_when_missing_and_returns_a_token()
    {
        var target = await Preparation.PrepareAsync(Enterprise(create: true), CancellationToken.None);

        Assert.Equal("acme-registry.cn-hangzhou.cr.aliyuncs.com", target.RegistryDomain);
        Assert.Equal("acme-registry.cn-hangzhou.cr.aliyuncs.com/shop/api", target.Repository);
        Assert.Equal("temp_user_cr", target.Token.UserName);
        Assert.Equal("registry-password-123", target.Token.Password);
        Assert.True(target.Token.ExpiresAt > DateTimeOffset.UtcNow);
        Assert.True(_emulator.Registry.HasNamespace("cri-abc", "shop"));
        Assert.True(_emulator.Registry.HasRepository("cri-abc", "shop", "api"));
        Assert.Contains("cri-abc", target.ConsoleUrl.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("token **** here", _redactor.Redact("token registry-password-123 here"));
    }

    [Fact]
    public async Task Existing_namespace_and_repository_are_not_created_again()
    {
        await Preparation.PrepareAsync(Enterprise(create: true), CancellationToken.None);
        await Preparation.PrepareAsync(Enterprise(create: true), CancellationToken.None);
        Assert.Single(_emulator.Calls, c => c.Action == "CreateNamespace");
        Assert.Single(_emulator.Calls, c => c.Action == "CreateRepository");
    }

    [Fact]
    public async Task Without_create_if_missing_a_missing_namespace_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(() => Preparation.PrepareAsync(Enterprise(create: false), CancellationToken.None));
        Assert.Contains("namespace 'shop' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("createIfMissing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_vpc_domain_is_used_when_asked()
    {
        var target = await Preparation.PrepareAsync(Enterprise(create: true) with { UseVpc = true }, CancellationToken.None);
        Assert.Equal("acme-registry-vpc.cn-hangzhou.cr.aliyuncs.com", target.RegistryDomain);
    }

    [Fact]
    public async Task An_unknown_instance_is_reported_from_the_is_success_false_answer()
    {
        var error = await Assert.ThrowsAsync<Berth.AlibabaCloud.OpenApi.OpenApiServiceException>(
            () => Preparation.PrepareAsync(Enterprise(create: true) with { InstanceId = "cri-nope" }, CancellationToken.None));
        Assert.Equal("INSTANCE_NOT_EXIST", error.Code);
        Assert.Equal(200, error.StatusCode);
    }

    [Fact]
    public async Task Personal_edition_uses_the_regional_registry_and_the_tokens_api()
    {
        var target = await Preparation.PrepareAsync(new AcrTarget("cn-shanghai", AcrEdition.Personal, "acme", "web"), CancellationToken.None);
        Assert.Equal("registry.cn-shanghai.aliyuncs.com", target.RegistryDomain);
        Assert.Equal("registry-password-123", target.Token.Password);
        Assert.Equal("V3", _emulator.Calls.Single().SignatureKind);
    }

    [Theory]
    [InlineData("Shop", "api", "namespace 'Shop'")]
    [InlineData("shop", "api/v1", "repository 'api/v1'")]
    [InlineData("-shop", "api", "namespace '-shop'")]
    [InlineData("s", "api", "namespace 's'")]
    public async Task Invalid_names_are_refused_before_any_call(string ns, string repo, string expected)
    {
        var error = await Assert.ThrowsAsync<CloudConfigurationException>(
            () => Preparation.PrepareAsync(new AcrTarget("cn-hangzhou", AcrEdition.Enterprise, ns, repo) { InstanceId = "cri-abc" }, CancellationToken.None));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(_emulator.Calls);
    }

    [Fact]
    public void A_token_never_prints_its_password() =>
        Assert.DoesNotContain("pw-123", new RegistryToken("u", "pw-123", DateTimeOffset.UnixEpoch).ToString(), StringComparison.Ordinal);
}
