namespace Berth.Cli.Tests;

/// <summary>
/// berth build|run|push with --manifest and --env: the manifest gives the defaults, an environment overlays them,
/// flags override both; a missing manifest, an unknown environment or an invalid manifest is exit 2 with the
/// manifest's diagnostics. Builds and runs use the real test engine.
/// </summary>
public sealed class DockerCommandManifestTests
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task Build_reads_the_manifest_next_to_the_dockerfile_applies_the_environment_and_lets_flags_override()
    {
        using var temp = new TempFolder();
        var app = Directory.CreateDirectory(Path.Combine(temp.Path, "app")).FullName;
        var image = "berth-cli-" + Unique();
        File.WriteAllText(Path.Combine(app, "Dockerfile"),
            $"FROM {TestDockerHost.BaseImage} AS first\nARG GREETING=none\nRUN echo \"first said $GREETING\"\n"
            + $"FROM {TestDockerHost.BaseImage} AS second\nARG GREETING=none\nARG EXTRA=none\nRUN echo \"second said $GREETING and $EXTRA\"\n");
        File.WriteAllText(Path.Combine(app, "berth.yaml"),
            $"version: 1\nimage:\n  name: {image}\n  tag: base\nbuild:\n  target: first\n  args:\n    GREETING: from-manifest\n"
            + "environments:\n  staging:\n    image:\n      tag: staging\n    build:\n      args:\n        GREETING: from-staging\n");
        try
        {
            // From the parent folder, naming the Dockerfile: the berth.yaml beside it is used, with the staging overlay.
            var staging = await CliRun.RunAsync(temp.Path, "build", "app", "--file", "app/Dockerfile", "--env", "staging",
                "--target", "second", "--build-arg", "EXTRA=from-flag", "--host", TestDockerHost.Address);
            Assert.True(staging.ExitCode == 0, staging.Error + staging.Out);
            Assert.Contains("second said from-staging and from-flag", staging.Out, StringComparison.Ordinal);
            Assert.Contains($"as {image}:staging", staging.Out, StringComparison.Ordinal);

            // In the folder itself, no environment: the manifest's target and args; --tag replaces its image reference.
            var plain = await CliRun.RunAsync(app, "build", "--tag", $"{image}:flag", "--host", TestDockerHost.Address);
            Assert.True(plain.ExitCode == 0, plain.Error + plain.Out);
            Assert.Contains("first said from-manifest", plain.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("second said", plain.Out, StringComparison.Ordinal);
            Assert.Contains($"as {image}:flag", plain.Out, StringComparison.Ordinal);
            Assert.DoesNotContain($"{image}:base", plain.Out, StringComparison.Ordinal);
        }
        finally
        {
            await RemoveImagesAsync($"{image}:staging", $"{image}:flag");
        }
    }

    [Fact]
    public async Task Run_takes_image_env_and_name_from_the_manifest_keeps_an_existing_container_unless_replace_is_given()
    {
        using var temp = new TempFolder();
        var app = Directory.CreateDirectory(Path.Combine(temp.Path, "runapp" + Unique())).FullName;
        var image = "berth-cli-run-" + Unique();
        var name = "berth-" + Path.GetFileName(app);
        File.WriteAllText(Path.Combine(app, "Dockerfile"), $"FROM {TestDockerHost.BaseImage}\nCMD [\"sh\", \"-c\", \"echo hello $WHO from $PLACE; printf tail\"]\n");
        File.WriteAllText(Path.Combine(app, "berth.yaml"),
            $"version: 1\nimage:\n  name: {image}\n  tag: v1\nrun:\n  network: none\n  env:\n    WHO: manifest\n    PLACE: berth\n");
        try
        {
            var build = await CliRun.RunAsync(app, "build", "--host", TestDockerHost.Address);
            Assert.True(build.ExitCode == 0, build.Error + build.Out);

            var run = await CliRun.RunAsync(app, "run", "--env-var", "WHO=flag", "--host", TestDockerHost.Address);
            Assert.True(run.ExitCode == 0, run.Error + run.Out);
            Assert.Contains($"Started {name}", run.Out, StringComparison.Ordinal);
            Assert.Contains("hello flag from berth", run.Out, StringComparison.Ordinal);
            Assert.Contains("tail\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.Contains("The container exited with code 0.", run.Out, StringComparison.Ordinal);

            // The exited container still holds the name: kept without --replace (not a terminal, nobody to ask).
            var kept = await CliRun.RunAsync(app, "run", "--host", TestDockerHost.Address);
            Assert.Equal(1, kept.ExitCode);
            Assert.Contains($"A container named \"{name}\" already exists and was kept", kept.Error, StringComparison.Ordinal);

            var replaced = await CliRun.RunAsync(app, "run", "--replace", "--host", TestDockerHost.Address);
            Assert.True(replaced.ExitCode == 0, replaced.Error + replaced.Out);
            Assert.Contains("hello manifest from berth", replaced.Out, StringComparison.Ordinal);
        }
        finally
        {
            await CliRun.RunAsync(app, "stop", name, "--host", TestDockerHost.Address);
            await RemoveImagesAsync($"{image}:v1");
        }
    }

    [Fact]
    public async Task Push_defaults_to_the_manifest_image_and_says_to_build_it_when_the_engine_has_none()
    {
        using var temp = new TempFolder();
        var image = "berth-cli-unbuilt-" + Unique();
        File.WriteAllText(Path.Combine(temp.Path, "berth.yaml"), $"version: 1\nimage:\n  name: {image}\n  tag: v9\n");
        var push = await CliRun.RunAsync(temp.Path, "push", "--tag", $"127.0.0.1:1/berth/{image}:v9", "--host", TestDockerHost.Address);
        Assert.Equal(1, push.ExitCode);
        Assert.Contains($"The image {image}:v9 is not on the engine; build it first", push.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_manifest_that_is_missing_is_exit_2()
    {
        using var temp = new TempFolder();
        var build = await CliRun.RunAsync(temp.Path, "build", "--manifest", "nowhere/berth.yaml");
        Assert.Equal(2, build.ExitCode);
        Assert.Contains($"the manifest {Path.Combine(temp.Path, "nowhere", "berth.yaml")} does not exist", build.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("build")]
    [InlineData("run")]
    [InlineData("push")]
    public async Task An_unknown_environment_is_exit_2_naming_the_ones_defined(string verb)
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "Dockerfile"), "FROM scratch\n");
        var manifest = Path.Combine(temp.Path, "deploy.yaml");
        File.WriteAllText(manifest, "version: 1\nimage:\n  name: app\nenvironments:\n  staging:\n    image:\n      tag: s\n");
        var run = await CliRun.RunAsync(temp.Path, verb, "--manifest", "deploy.yaml", "--env", "prod");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{manifest}:", run.Error, StringComparison.Ordinal);
        Assert.Contains("There is no environment `prod`; the manifest defines `staging`.", run.Error, StringComparison.Ordinal);
        Assert.Contains($"berth {verb}: deploy.yaml can't be used as it is", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_manifest_is_exit_2_with_its_diagnostics_on_their_lines()
    {
        using var temp = new TempFolder();
        File.WriteAllText(Path.Combine(temp.Path, "Dockerfile"), "FROM scratch\n");
        File.WriteAllText(Path.Combine(temp.Path, "berth.yaml"), "version: 1\nimage:\n  name: Not_Valid\n");
        var build = await CliRun.RunAsync(temp.Path, "build");
        Assert.Equal(2, build.ExitCode);
        Assert.Contains($"{Path.Combine(temp.Path, "berth.yaml")}:3:", build.Error, StringComparison.Ordinal);
        Assert.Contains("berth build: berth.yaml can't be used as it is", build.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_environment_without_any_manifest_and_run_without_an_image_are_exit_2()
    {
        using var temp = new TempFolder();
        var env = await CliRun.RunAsync(temp.Path, "run", "--env", "staging");
        Assert.Equal(2, env.ExitCode);
        Assert.Contains("--env staging needs a manifest", env.Error, StringComparison.Ordinal);
        var noImage = await CliRun.RunAsync(temp.Path, "run");
        Assert.Equal(2, noImage.ExitCode);
        Assert.Contains("name the image to run", noImage.Error, StringComparison.Ordinal);
        var noPush = await CliRun.RunAsync(temp.Path, "push");
        Assert.Equal(2, noPush.ExitCode);
        Assert.Contains("name the image to push", noPush.Error, StringComparison.Ordinal);
    }

    private static async Task RemoveImagesAsync(params string[] references)
    {
        using var engine = await Berth.Docker.Connection.DockerEngine.ConnectAsync(TestDockerHost.Address, CancellationToken.None);
        foreach (var reference in references)
        {
            try
            {
                await engine.Client.Images.DeleteImageAsync(reference, new global::Docker.DotNet.Models.ImageDeleteParameters { Force = true });
            }
            catch (global::Docker.DotNet.DockerImageNotFoundException)
            {
                // Not built (the test failed before): nothing to remove.
            }
        }
    }
}
