using Berth.Docker.Run;
using Berth.Manifest.Model;

namespace Berth.Docker.Tests;

/// <summary>The manifest's run section in engine terms, and env files read as docker run --env-file reads them.</summary>
public sealed class ManifestRunRequestTests
{
    [Fact]
    public void An_env_file_keeps_values_literally_skips_comments_and_takes_bare_keys_from_the_environment()
    {
        var entries = EnvFile.Parse(["# comment", "", "A=1", "B=x=y \"quoted\"", "  C=spaced", "FROM_ENV", "UNSET"], "app.env",
            name => name == "FROM_ENV" ? "host value" : null);
        KeyValuePair<string, string>[] expected = [new("A", "1"), new("B", "x=y \"quoted\""), new("C", "spaced"), new("FROM_ENV", "host value")];
        Assert.Equal(expected, entries);
    }

    [Fact]
    public void A_line_that_is_not_key_value_is_a_clear_error_with_its_line_number()
    {
        var error = Assert.Throws<DockerOperationException>(() => EnvFile.Parse(["A=1", "NOT A PAIR"], "/app/app.env", _ => null));
        Assert.Contains("/app/app.env:2", error.Message, StringComparison.Ordinal);
        Assert.Contains("KEY=VALUE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_section_maps_env_file_then_env_command_entrypoint_ports_and_an_http_healthcheck()
    {
        var folder = Directory.CreateTempSubdirectory("berth-run-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "app.env"), "FROM_FILE=file\nBOTH=file\n");
            var run = RunSpec.Default with
            {
                EnvFile = "app.env",
                Env = new Dictionary<string, string> { ["BOTH"] = "manifest" },
                Ports = [new PortMapping("127.0.0.1", 8080, 80, "tcp")],
                Command = new CommandLine(["echo hi"], UsesShell: true),
                Entrypoint = new CommandLine(["/bin/app", "--serve"], UsesShell: false),
                Network = "host",
                Healthcheck = new HealthcheckSpec(new Uri("http://127.0.0.1:8080/healthz"), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1), TimeSpan.Zero, 3),
            };
            var request = ManifestRunRequest.From(run, "app:1", "berth-app", folder);

            Assert.Equal("app:1", request.Image);
            Assert.Equal("berth-app", request.Name);
            Assert.Equal("file", request.Environment["FROM_FILE"]);
            Assert.Equal("manifest", request.Environment["BOTH"]);
            Assert.Equal(new[] { "127.0.0.1:8080:80/tcp" }, request.Ports);
            Assert.Equal(new[] { "/bin/sh", "-c", "echo hi" }, request.Command);
            Assert.Equal(new[] { "/bin/app", "--serve" }, request.Entrypoint);
            Assert.Equal("host", request.Network);
            Assert.Equal("wget -q -O /dev/null 'http://127.0.0.1:8080/healthz' || curl -fsS -o /dev/null 'http://127.0.0.1:8080/healthz'", request.HealthCommand);
            Assert.Equal(TimeSpan.FromSeconds(2), request.HealthInterval);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_env_file_is_a_clear_error()
    {
        var error = Assert.Throws<DockerOperationException>(() =>
            ManifestRunRequest.From(RunSpec.Default with { EnvFile = "missing.env" }, "app:1", "berth-app", "/nonexistent-berth-folder"));
        Assert.Contains("/nonexistent-berth-folder/missing.env", error.Message, StringComparison.Ordinal);
        Assert.Contains("run.envFile", error.Message, StringComparison.Ordinal);
    }
}
