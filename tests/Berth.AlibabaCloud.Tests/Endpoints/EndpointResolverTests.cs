using Berth.AlibabaCloud.Endpoints;

namespace Berth.AlibabaCloud.Tests.Endpoints;

public sealed class EndpointResolverTests
{
    private static EndpointResolver Resolver(Dictionary<CloudProduct, string>? manifest = null, Dictionary<string, string>? environment = null) =>
        new(manifest, name => environment is not null && environment.TryGetValue(name, out var value) ? value : null);

    [Theory]
    [InlineData(CloudProduct.Ecs, "cn-shanghai", "https://ecs.cn-shanghai.aliyuncs.com/")]
    [InlineData(CloudProduct.Ecs, "cn-hangzhou", "https://ecs-cn-hangzhou.aliyuncs.com/")]
    [InlineData(CloudProduct.ContainerRegistry, "ap-southeast-1", "https://cr.ap-southeast-1.aliyuncs.com/")]
    [InlineData(CloudProduct.Sts, null, "https://sts.aliyuncs.com/")]
    [InlineData(CloudProduct.Sts, "cn-beijing", "https://sts.cn-beijing.aliyuncs.com/")]
    public void Uses_the_sdk_rule_per_product_and_region(CloudProduct product, string? region, string expected) =>
        Assert.Equal(expected, Resolver().Resolve(product, region).AbsoluteUri);

    [Fact]
    public void Uses_the_manifest_endpoint_as_an_https_host()
    {
        var resolver = Resolver(new() { [CloudProduct.Ecs] = "ecs-vpc.cn-hangzhou.aliyuncs.com" });
        Assert.Equal("https://ecs-vpc.cn-hangzhou.aliyuncs.com/", resolver.Resolve(CloudProduct.Ecs, "cn-hangzhou").AbsoluteUri);
    }

    [Fact]
    public void Prefers_the_environment_over_the_manifest_and_allows_http_there()
    {
        var resolver = Resolver(
            new() { [CloudProduct.ContainerRegistry] = "cr-vpc.cn-hangzhou.aliyuncs.com" },
            new() { ["BERTH_CR_ENDPOINT"] = "http://127.0.0.1:9000" });
        Assert.Equal("http://127.0.0.1:9000/", resolver.Resolve(CloudProduct.ContainerRegistry, "cn-hangzhou").AbsoluteUri);
    }

    [Fact]
    public void Refuses_plain_http_in_the_manifest_and_says_what_to_do()
    {
        var resolver = Resolver(new() { [CloudProduct.Ecs] = "http://ecs.example.com" });
        var error = Assert.Throws<CloudConfigurationException>(() => resolver.Resolve(CloudProduct.Ecs, "cn-hangzhou"));
        Assert.Contains("alibabaCloud.endpoints.ecs", error.Message, StringComparison.Ordinal);
        Assert.Contains("BERTH_ECS_ENDPOINT", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_environment_value_that_is_not_a_url()
    {
        var resolver = Resolver(environment: new() { ["BERTH_STS_ENDPOINT"] = "sts.aliyuncs.com" });
        var error = Assert.Throws<CloudConfigurationException>(() => resolver.Resolve(CloudProduct.Sts, null));
        Assert.Contains("BERTH_STS_ENDPOINT must be a full URL", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Hangzhou")]
    [InlineData("cn-hangzhou/../x")]
    public void Needs_a_valid_region_for_regional_products(string? region)
    {
        var error = Assert.Throws<CloudConfigurationException>(() => Resolver().Resolve(CloudProduct.Ecs, region));
        Assert.Contains("region", error.Message, StringComparison.Ordinal);
    }
}
