using System.Security.Cryptography;
using System.Text;
using Berth.Docker.Connection;

namespace Berth.Docker.Tests;

public sealed class DockerEndpointResolverTests
{
    private static DockerEnvironment Env(TempFolder home, Dictionary<string, string>? variables = null, bool windows = false) =>
        new(name => variables is not null && variables.TryGetValue(name, out var v) ? v : null, home.Path, windows);

    private static void WriteContext(TempFolder home, string name, string host)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
        home.Write($".docker/contexts/meta/{id}/meta.json",
            "{\"Name\":\"" + name + "\",\"Metadata\":{},\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
    }

    [Fact]
    public void Defaults_to_the_unix_socket_and_the_named_pipe_on_windows()
    {
        using var home = new TempFolder();
        Assert.Equal("unix:///var/run/docker.sock", DockerEndpointResolver.Resolve(null, Env(home)).Host.OriginalString);
        Assert.Equal("npipe://./pipe/docker_engine", DockerEndpointResolver.Resolve(null, Env(home, windows: true)).Host.OriginalString);
    }

    [Fact]
    public void Explicit_host_beats_DOCKER_HOST_which_beats_the_context()
    {
        using var home = new TempFolder();
        home.Write(".docker/config.json", """{"currentContext":"remote"}""");
        WriteContext(home, "remote", "tcp://10.0.0.5:2375");
        var env = Env(home, new() { ["DOCKER_HOST"] = "unix:///tmp/other.sock" });
        Assert.Equal("unix:///custom.sock", DockerEndpointResolver.Resolve("unix:///custom.sock", env).Host.OriginalString);
        var fromVariable = DockerEndpointResolver.Resolve(null, env);
        Assert.Equal("unix:///tmp/other.sock", fromVariable.Host.OriginalString);
        Assert.Equal("DOCKER_HOST", fromVariable.Source);
        Assert.Equal("tcp://10.0.0.5:2375", DockerEndpointResolver.Resolve(null, Env(home)).Host.OriginalString);
    }

    [Fact]
    public void DOCKER_CONTEXT_and_DOCKER_CONFIG_are_honoured()
    {
        using var home = new TempFolder();
        using var config = new TempFolder();
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ci")));
        config.Write($"contexts/meta/{id}/meta.json", """{"Name":"ci","Endpoints":{"docker":{"Host":"unix:///run/ci.sock"}}}""");
        var env = Env(home, new() { ["DOCKER_CONTEXT"] = "ci", ["DOCKER_CONFIG"] = config.Path });
        Assert.Equal("unix:///run/ci.sock", DockerEndpointResolver.Resolve(null, env).Host.OriginalString);
    }

    [Fact]
    public void The_default_context_means_the_default_socket()
    {
        using var home = new TempFolder();
        home.Write(".docker/config.json", """{"currentContext":"default","auths":{}}""");
        Assert.Equal(DockerEndpointResolver.DefaultUnixHost, DockerEndpointResolver.Resolve(null, Env(home)).Host.OriginalString);
    }

    [Fact]
    public void A_missing_context_or_a_bad_host_is_a_clear_error()
    {
        using var home = new TempFolder();
        home.Write(".docker/config.json", """{"currentContext":"gone"}""");
        var missing = Assert.Throws<DockerOperationException>(() => DockerEndpointResolver.Resolve(null, Env(home)));
        Assert.Contains("\"gone\"", missing.Message, StringComparison.Ordinal);
        Assert.Contains("docker context ls", missing.Message, StringComparison.Ordinal);
        var bad = Assert.Throws<DockerOperationException>(() => DockerEndpointResolver.Resolve("ssh://me@host", Env(home)));
        Assert.Contains("ssh", bad.Message, StringComparison.Ordinal);
        home.Write(".docker/config.json", "{not json");
        Assert.Throws<DockerOperationException>(() => DockerEndpointResolver.Resolve(null, Env(home)));
    }

    [Fact]
    public async Task No_engine_at_the_address_says_docker_is_not_running()
    {
        using var home = new TempFolder();
        var endpoint = DockerEndpointResolver.Parse("unix://" + Path.Combine(home.Path, "nothing.sock"), "a test");
        var error = await Assert.ThrowsAsync<DockerOperationException>(() => DockerEngine.ConnectAsync(endpoint, CancellationToken.None));
        Assert.StartsWith("Docker is not running at unix://", error.Message, StringComparison.Ordinal);
        Assert.Contains("start Docker Desktop or dockerd", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.41", "1.41")]
    [InlineData("1.40", "1.40")]
    [InlineData("1.47", "1.41")]
    [InlineData(null, "1.41")]
    public void Negotiates_the_lower_api_version(string? engine, string expected) =>
        Assert.Equal(Version.Parse(expected), DockerEngine.Negotiate(engine));

    [Fact]
    public async Task Connects_to_the_test_engine_and_negotiates()
    {
        using var engine = await TestEngine.Current.ConnectAsync();
        Assert.Equal(new Version(1, 41), engine.ApiVersion);
        Assert.False(string.IsNullOrEmpty(engine.EngineVersion));
    }
}
