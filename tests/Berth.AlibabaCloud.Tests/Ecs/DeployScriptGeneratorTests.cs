using Berth.AlibabaCloud.Ecs;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.Ecs;

public sealed class DeployScriptGeneratorTests
{
    private const string Password = "Pa$$w0rd'`$(id)`\"";

    internal static ContainerDeployment Hostile => new("registry.cn-hangzhou.aliyuncs.com/acme/web:1", "web")
    {
        Login = new RegistryCredentials("registry.cn-hangzhou.aliyuncs.com", "temp_user'x", Password),
        Run = new ContainerRunOptions
        {
            Ports = ["8080:80"],
            Environment = [new("GREETING", "it's $(id) `id` \"q\"\nline2"), new("weird name;$(id)", "v")],
            Volumes = ["/data/x y:/data"],
            Command = ["/bin/sh", "-c", "echo \"$GREETING\"; sleep 1000"],
            User = "1000:1000",
        },
        Health = new HealthProbe { Http = new Uri("http://127.0.0.1:8080/health?a=1&b=$(id)"), Retries = 2 },
    };

    [Fact]
    public void The_password_goes_to_docker_through_stdin_only()
    {
        var script = DeployScriptGenerator.Generate(Hostile).Text;
        var lines = script.Split('\n').Where(l => l.Contains("w0rd", StringComparison.Ordinal)).ToList();

        var line = Assert.Single(lines);
        Assert.StartsWith("if ! printf '%s\\n' ", line, StringComparison.Ordinal);
        Assert.Contains("| docker login --username 'temp_user'\\''x' --password-stdin", line, StringComparison.Ordinal);
        Assert.Contains("docker logout", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_masked_text_has_no_password_and_is_otherwise_identical()
    {
        var script = DeployScriptGenerator.Generate(Hostile);
        Assert.DoesNotContain("w0rd", script.MaskedText, StringComparison.Ordinal);
        Assert.Contains("printf '%s\\n' '****' | docker login", script.MaskedText, StringComparison.Ordinal);
        Assert.Equal(script.Text.Split('\n').Length, script.MaskedText.Split('\n').Length);
        Assert.Equal(script.MaskedText, script.ToString());
    }

    [Fact]
    public async Task The_script_is_valid_posix_shell_without_shellcheck_warnings()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, DeployScriptGenerator.Generate(Hostile).Text);
            var syntax = await ProcessRunner.RunAsync("/bin/sh", ["-n", path]);
            Assert.True(syntax.ExitCode == 0, syntax.Error);
            var lint = await ProcessRunner.RunAsync("shellcheck", ["-s", "sh", "-S", "warning", path]);
            Assert.True(lint.ExitCode == 0, lint.Output + lint.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Every_manifest_value_appears_only_single_quoted()
    {
        var script = DeployScriptGenerator.Generate(Hostile).Text;
        Assert.Contains("-e 'GREETING=it'\\''s $(id) `id` \"q\"\nline2'", script, StringComparison.Ordinal);
        Assert.Contains("-e 'weird name;$(id)=v'", script, StringComparison.Ordinal);
        Assert.Contains("-v '/data/x y:/data'", script, StringComparison.Ordinal);
        Assert.Contains("'http://127.0.0.1:8080/health?a=1&b=$(id)'", script, StringComparison.Ordinal);
        Assert.Contains("\"$berth_image\" '/bin/sh' '-c' 'echo \"$GREETING\"; sleep 1000'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_login_the_script_pulls_directly()
    {
        var script = DeployScriptGenerator.Generate(new ContainerDeployment("busybox:1", "web")).Text;
        Assert.DoesNotContain("docker login", script, StringComparison.Ordinal);
        Assert.Contains("docker pull \"$berth_image\"", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("web;rm", "not a valid container name")]
    [InlineData("-web", "not a valid container name")]
    [InlineData("w", "not a valid container name")]
    public void Refuses_container_names_docker_would_refuse(string name, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => DeployScriptGenerator.Generate(new ContainerDeployment("img", name)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_an_environment_name_with_an_equals_sign()
    {
        var deployment = new ContainerDeployment("img", "web") { Run = new ContainerRunOptions { Environment = [new("A=B", "c")] } };
        var error = Assert.Throws<ArgumentException>(() => DeployScriptGenerator.Generate(deployment));
        Assert.Contains("run.env", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_credentials_never_print_the_password() =>
        Assert.DoesNotContain("w0rd", new RegistryCredentials("r", "u", Password).ToString(), StringComparison.Ordinal);
}
