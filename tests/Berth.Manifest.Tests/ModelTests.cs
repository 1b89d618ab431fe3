using Berth.Manifest.Model;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

public sealed class ModelTests
{
    [Fact]
    public void The_full_fixture_binds_every_section()
    {
        var path = RepositoryPaths.Fixtures("valid", "full.berth.yaml");
        var model = ManifestDocument.Parse(File.ReadAllText(path), path).Model;
        Assert.Equal(1, model.Version);
        Assert.Equal("{git.shortSha}-{date}", model.Image.Tag);
        Assert.Equal("runtime", model.Build.Target);
        Assert.Equal("22", model.Build.Args["NODE_VERSION"]);
        Assert.True(model.Build.Pull);
        Assert.Equal(3, model.Run.Ports.Count);
        Assert.Equal(new PortMapping("127.0.0.1", 9090, 9090, "tcp"), model.Run.Ports[1]);
        Assert.Equal(new PortMapping(null, null, 53, "udp"), model.Run.Ports[2]);
        Assert.Equal(["node", "server.js"], model.Run.Command!.Arguments);
        Assert.False(model.Run.Command.UsesShell);
        Assert.Equal(TimeSpan.FromSeconds(90), model.Run.Healthcheck!.StartPeriod);
        Assert.Equal(new Uri("http://localhost:8080/healthz"), model.Run.Healthcheck.Http);
        Assert.Equal(RegistryEdition.Enterprise, model.Registry!.Edition);
        Assert.Equal(RegistryNetwork.Vpc, model.Registry.Endpoint);
        Assert.Equal(new Uri("https://ecs-vpc.cn-hangzhou.aliyuncs.com"), model.AlibabaCloud.EcsEndpoint);
        var ecs = model.Deploy.Ecs!;
        Assert.Equal(new BatchSize(null, 25), ecs.BatchSize);
        Assert.Equal(2, ecs.BatchSize.For(5));
        Assert.Equal(TimeSpan.FromMinutes(5), ecs.Timeout);
    }

    [Fact]
    public void Defaults_fill_what_the_manifest_leaves_out()
    {
        var model = ManifestDocument.Parse("version: 1\nimage: {name: app}\nregistry: {namespace: acme}\n", ManifestFormat.Yaml).Model;
        Assert.Equal("latest", model.Image.Tag);
        Assert.Equal(".", model.Build.Context);
        Assert.Equal("Dockerfile", model.Build.Dockerfile);
        Assert.Equal("no", model.Run.Restart);
        Assert.Equal("app", model.Registry!.RepositoryFor(model.Image));
        Assert.Equal(RegistryEdition.Personal, model.Registry.Edition);
        Assert.Null(model.Deploy.Ecs);
    }

    [Theory]
    [InlineData("80:80:80", "\"80\" is not an IP address")]
    [InlineData("8080:70000", "port 70000 is outside 1-65535")]
    [InlineData("8080/icmp", "the protocol \"icmp\" is not tcp, udp or sctp")]
    [InlineData("a:b", "\"a\" is not a port number")]
    public void Bad_port_mappings_say_why(string text, string error)
    {
        Assert.False(PortMapping.TryParse(text, out _, out var actual));
        Assert.Equal(error, actual);
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("1m30s", 90_000)]
    [InlineData("1.5h", 5_400_000)]
    public void Durations_read_go_style_units(string text, int milliseconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Fact]
    public void A_shell_command_runs_through_sh()
    {
        var model = ManifestDocument.Parse("version: 1\nimage: {name: app}\nrun:\n  command: npm start\n", ManifestFormat.Yaml).Model;
        Assert.Equal(["/bin/sh", "-c", "npm start"], model.Run.Command!.ToExecForm());
    }
}
