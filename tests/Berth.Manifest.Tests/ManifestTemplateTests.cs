using Berth.Dockerfile;
using Berth.Manifest.Authoring;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

public sealed class ManifestTemplateTests
{
    private const string MultiStage = "FROM node:22 AS build\nRUN npm ci\nFROM node:22-slim AS runtime\nEXPOSE 8080 9000/udp 7000-7002\nCMD [\"node\", \"server.js\"]\n";

    [Fact]
    public void The_template_names_the_image_after_the_folder_and_publishes_exposed_ports()
    {
        var text = ManifestTemplate.Write(DockerfileDocument.Parse(MultiStage), "Shop API");
        var document = ManifestDocument.Parse(text, ManifestFormat.Yaml);
        Assert.Empty(document.Diagnostics);
        Assert.Equal("shop-api", document.Model.Image.Name);
        Assert.Equal("runtime", document.Model.Build.Target);
        Assert.Equal(["8080:8080/tcp", "9000:9000/udp"], document.Model.Run.Ports.Select(p => p.ToString()));
        Assert.StartsWith("# yaml-language-server: $schema=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_passes_the_cross_checks_against_its_dockerfile()
    {
        var text = ManifestTemplate.Write(DockerfileDocument.Parse(MultiStage), "shop");
        var document = ManifestDocument.Parse(text, ManifestFormat.Yaml);
        var files = new FakeFileSystem().WithFile("Dockerfile", MultiStage);
        Assert.Empty(ManifestCrossChecks.Check(document, FakeFileSystem.Root, files));
    }

    [Fact]
    public void A_single_stage_dockerfile_without_expose_gets_no_target_and_commented_ports()
    {
        var text = ManifestTemplate.Write(DockerfileDocument.Parse("FROM alpine\nCMD [\"sh\"]\n"), "tool", "docker/Dockerfile.dev");
        var document = ManifestDocument.Parse(text, ManifestFormat.Yaml);
        Assert.Empty(document.Diagnostics);
        Assert.Null(document.Model.Build.Target);
        Assert.Empty(document.Model.Run.Ports);
        Assert.Equal("docker/Dockerfile.dev", document.Model.Build.Dockerfile);
        Assert.Contains("# ports: [\"8080:8080\"]", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("My Shop_API", "my-shop_api")]
    [InlineData("--web--", "web")]
    [InlineData("x", "app")]
    [InlineData("部署", "app")]
    public void Folder_names_become_valid_repository_names(string folder, string expected)
    {
        Assert.Equal(expected, ManifestTemplate.ImageNameFor(folder));
    }
}
