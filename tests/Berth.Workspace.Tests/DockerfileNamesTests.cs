using Berth.Workspace.Files;

namespace Berth.Workspace.Tests;

public sealed class DockerfileNamesTests
{
    [Theory]
    [InlineData("Dockerfile")]
    [InlineData("dockerfile")]
    [InlineData("Containerfile")]
    [InlineData("api.Dockerfile")]
    [InlineData("api.dockerfile")]
    [InlineData("Dockerfile.dev")]
    [InlineData("Dockerfile.prod.arm64")]
    public void Dockerfile_names_are_recognised(string name) => Assert.True(DockerfileNames.IsDockerfileName(name));

    [Theory]
    [InlineData("Dockerfile.dockerignore")]
    [InlineData(".dockerignore")]
    [InlineData("Dockerfiles")]
    [InlineData("MyDockerfile")]
    [InlineData(".Dockerfile")]
    [InlineData("Dockerfile.")]
    [InlineData("docker-compose.yml")]
    [InlineData("berth.yaml")]
    public void Other_names_are_not_Dockerfiles(string name) => Assert.False(DockerfileNames.IsDockerfileName(name));
}
