using System.Text;
using Berth.Docker.Connection;
using Berth.Docker.Push;
using Docker.DotNet.Models;

namespace Berth.Docker.Tests;

public sealed class ImagePusherTests
{
    private static ImageReference UniqueTarget(string repository) =>
        new($"{TestEngine.Current.Registry}/berth-test/{repository}", Guid.NewGuid().ToString("N")[..16]);

    private static RegistryCredentials Right =>
        new(TestEngine.Current.Registry, TestEngine.Current.RegistryUser, TestEngine.Current.RegistryPassword);

    [Fact]
    public async Task Pushes_with_the_right_credentials_then_pulls_back_the_same_digest()
    {
        using var docker = await TestEngine.Current.ConnectAsync();
        var target = UniqueTarget("push");
        var updates = new List<PushProgress>();
        try
        {
            var result = await new ImagePusher(docker).PushAsync(TestEngine.Current.BaseImage, target, Right, new SynchronousProgressFor<PushProgress>(updates.Add), CancellationToken.None);
            Assert.StartsWith("sha256:", result.Digest, StringComparison.Ordinal);
            Assert.Equal(100, updates[^1].Percentage);
            Assert.All(updates, u => Assert.DoesNotContain(TestEngine.Current.RegistryPassword, u.Message, StringComparison.Ordinal));

            await docker.Client.Images.DeleteImageAsync(target.ToString(), new ImageDeleteParameters());
            await docker.Client.Images.CreateImageAsync(
                new ImagesCreateParameters { FromImage = target.Repository, Tag = target.Tag },
                new AuthConfig { ServerAddress = Right.ServerAddress, Username = Right.Username, Password = Right.Secret },
                new Progress<JSONMessage>());
            var pulled = await docker.Client.Images.InspectImageAsync(target.ToString());
            Assert.Contains($"{target.Repository}@{result.Digest}", pulled.RepoDigests);
        }
        finally
        {
            await ImageBuilderTests.RemoveImageAsync(docker, target.ToString());
        }
    }

    [Fact]
    public async Task Wrong_or_missing_credentials_fail_the_push_with_a_clear_message()
    {
        using var docker = await TestEngine.Current.ConnectAsync();
        var target = UniqueTarget("denied");
        try
        {
            var wrong = await Assert.ThrowsAsync<ImagePushException>(() => new ImagePusher(docker).PushAsync(
                TestEngine.Current.BaseImage, target, Right with { Secret = "not-the-password" }, null, CancellationToken.None));
            Assert.Contains("unauthorized", wrong.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Check the user name and password", wrong.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("not-the-password", wrong.Message, StringComparison.Ordinal);

            var none = await Assert.ThrowsAsync<ImagePushException>(() => new ImagePusher(docker).PushAsync(
                TestEngine.Current.BaseImage, target, null, null, CancellationToken.None));
            Assert.Contains("Check the user name and password", none.Message, StringComparison.Ordinal);
        }
        finally
        {
            await ImageBuilderTests.RemoveImageAsync(docker, target.ToString());
        }
    }

    [Fact]
    public async Task Credentials_come_from_docker_config_auths_and_from_credential_helpers()
    {
        using var home = new TempFolder();
        using var bin = new TempFolder();
        var registry = TestEngine.Current.Registry;
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Right.Username}:{Right.Secret}"));
        home.Write(".docker/config.json", "{\"auths\":{\"http://" + registry + "/v2/\":{\"auth\":\"" + auth + "\"}}}");
        var env = new DockerEnvironment(name => name == "PATH" ? bin.Path : null, home.Path, false);

        var fromAuths = await new RegistryCredentialStore(env).FindAsync(registry, CancellationToken.None);
        Assert.Equal(Right.Username, fromAuths!.Username);
        Assert.Equal(Right.Secret, fromAuths.Secret);
        Assert.DoesNotContain(Right.Secret, fromAuths.ToString(), StringComparison.Ordinal);

        // A helper that answers only for the test registry, reading the server from stdin as docker's helpers do.
        var helper = bin.Write("docker-credential-berthtest", $$"""
            #!/bin/sh
            [ "$1" = get ] || exit 2
            read -r server
            if [ "$server" = "{{registry}}" ]; then
              printf '{"ServerURL":"%s","Username":"helper-user","Secret":"helper-secret"}' "$server"
            else
              echo "credentials not found in native keychain"; exit 1
            fi
            """.Replace("\r", "", StringComparison.Ordinal));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(helper, (UnixFileMode)0x1ED);
        home.Write(".docker/config.json", $$"""{"credHelpers":{"{{registry}}":"berthtest"},"credsStore":"berthtest"}""");
        var fromHelper = await new RegistryCredentialStore(env).FindAsync(registry, CancellationToken.None);
        Assert.Equal(new RegistryCredentials(registry, "helper-user", "helper-secret"), fromHelper);
        Assert.Null(await new RegistryCredentialStore(env).FindAsync("other.example:5000", CancellationToken.None));

        home.Write(".docker/config.json", """{"credsStore":"missing-helper"}""");
        var missing = await Assert.ThrowsAsync<DockerOperationException>(() => new RegistryCredentialStore(env).FindAsync(registry, CancellationToken.None));
        Assert.Contains("docker-credential-missing-helper", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pushes_with_credentials_found_in_docker_config()
    {
        using var docker = await TestEngine.Current.ConnectAsync();
        using var home = new TempFolder();
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Right.Username}:{Right.Secret}"));
        home.Write(".docker/config.json", "{\"auths\":{\"" + TestEngine.Current.Registry + "\":{\"auth\":\"" + auth + "\"}}}");
        var credentials = await new RegistryCredentialStore(new DockerEnvironment(_ => null, home.Path, false)).FindAsync(TestEngine.Current.Registry, CancellationToken.None);
        var target = UniqueTarget("from-config");
        try
        {
            var result = await new ImagePusher(docker).PushAsync(TestEngine.Current.BaseImage, target, credentials, null, CancellationToken.None);
            Assert.StartsWith("sha256:", result.Digest, StringComparison.Ordinal);
        }
        finally
        {
            await ImageBuilderTests.RemoveImageAsync(docker, target.ToString());
        }
    }

    [Theory]
    [InlineData("127.0.0.1:5000/ns/app:1.2", "127.0.0.1:5000/ns/app", "1.2", "127.0.0.1:5000")]
    [InlineData("registry.cn-hangzhou.aliyuncs.com/ns/app", "registry.cn-hangzhou.aliyuncs.com/ns/app", "latest", "registry.cn-hangzhou.aliyuncs.com")]
    [InlineData("library/nginx:1", "library/nginx", "1", "docker.io")]
    public void Parses_references(string text, string repository, string tag, string registry)
    {
        var reference = ImageReference.Parse(text);
        Assert.Equal((repository, tag, registry), (reference.Repository, reference.Tag, reference.Registry));
    }
}
