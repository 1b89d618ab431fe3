using Berth.Dockerfile.Diagnostics;
using Berth.Manifest.CrossChecks;
using Berth.Manifest.Rules;
using Berth.Manifest.Syntax;

namespace Berth.Manifest.Tests;

public sealed class CrossCheckTests
{
    private const string Dockerfile = """
        ARG NODE_VERSION=22
        FROM node:${NODE_VERSION} AS build
        ARG NPM_TOKEN
        RUN npm ci
        FROM nginx:alpine AS docs
        ARG DOCS_THEME
        FROM node:${NODE_VERSION}-slim AS runtime
        ARG APP_VERSION
        COPY --from=build /app /app
        EXPOSE 8080 9000-9010/udp
        """;

    private static IReadOnlyList<Diagnostic> Check(string manifest, FakeFileSystem? files = null, ManifestFormat format = ManifestFormat.Yaml)
    {
        var document = ManifestDocument.Parse(manifest, format);
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == Severity.Error);
        return ManifestCrossChecks.Check(document, FakeFileSystem.Root, files ?? new FakeFileSystem().WithFile("Dockerfile", Dockerfile));
    }

    private static Diagnostic Single(IReadOnlyList<Diagnostic> findings, string code)
    {
        Assert.Equal([code], findings.Select(f => f.Code));
        return findings[0];
    }

    [Fact]
    public void A_consistent_manifest_has_no_findings()
    {
        const string manifest = """
            version: 1
            image: {name: app}
            build:
              target: runtime
              args: {NODE_VERSION: "22", NPM_TOKEN: "${env:NPM_TOKEN}", APP_VERSION: "1.0", HTTP_PROXY: "http://proxy"}
            run:
              ports: ["8080:8080", "9005/udp"]
              env: {DB_PASSWORD: "${env:DB_PASSWORD}", LOG_LEVEL: info}
              envFile: .env
              healthcheck: {http: "http://localhost:8080/healthz"}
            """;
        Assert.Empty(Check(manifest, new FakeFileSystem().WithFile("Dockerfile", Dockerfile).WithFile(".env", "A=b")));
    }

    [Fact]
    public void A_missing_default_dockerfile_is_reported_at_the_top()
    {
        var finding = Single(Check("version: 1\nimage: {name: app}\n", new FakeFileSystem()), ManifestRuleIds.DockerfileNotFound);
        Assert.Equal(new Berth.Dockerfile.Text.TextSpan(0, "version".Length), finding.Span);
        Assert.Equal("There is no `Dockerfile` next to the manifest; add one or set `build.dockerfile` to where yours is.", finding.Message);
    }

    [Fact]
    public void A_missing_named_dockerfile_is_reported_on_its_path()
    {
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nbuild:\n  dockerfile: «docker/api.Dockerfile»\n");
        var finding = Single(Check(text), ManifestRuleIds.DockerfileNotFound);
        Assert.Equal(span, finding.Span);
    }

    [Fact]
    public void A_dockerfile_in_a_subfolder_is_found_and_read()
    {
        var files = new FakeFileSystem().WithFile("docker/api.Dockerfile", "FROM alpine AS base\n");
        Assert.Empty(Check("version: 1\nimage: {name: app}\nbuild:\n  dockerfile: docker/api.Dockerfile\n  target: base\n", files));
    }

    [Fact]
    public void A_missing_context_folder_is_reported_and_an_existing_one_is_not()
    {
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nbuild:\n  context: «./src»\n");
        var finding = Single(Check(text), ManifestRuleIds.ContextNotFound);
        Assert.Equal(span, finding.Span);
        Assert.Empty(Check(text, new FakeFileSystem().WithFile("Dockerfile", Dockerfile).WithDirectory("src")));
    }

    [Fact]
    public void An_unknown_target_suggests_the_nearest_stage()
    {
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nbuild:\n  target: «runtme»\n");
        var finding = Single(Check(text), ManifestRuleIds.UnknownStage);
        Assert.Equal(span, finding.Span);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal("`build.target` is \"runtme\", but the Dockerfile has no stage of that name; did you mean `runtime`?", finding.Message);
    }

    [Fact]
    public void A_target_matches_stage_names_case_insensitively_as_docker_does()
    {
        Assert.Empty(Check("version: 1\nimage: {name: app}\nbuild:\n  target: RUNTIME\n"));
    }

    [Fact]
    public void A_target_in_a_dockerfile_without_named_stages_says_how_to_name_one()
    {
        var finding = Single(Check("version: 1\nimage: {name: app}\nbuild:\n  target: web\n", new FakeFileSystem().WithFile("Dockerfile", "FROM alpine\n")), ManifestRuleIds.UnknownStage);
        Assert.Contains("`FROM image AS web`", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_arg_no_built_stage_declares_is_a_warning_on_its_key()
    {
        // DOCS_THEME is declared, but only in the docs stage, which building runtime never runs.
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nbuild:\n  target: runtime\n  args:\n    «DOCS_THEME»: dark\n");
        var finding = Single(Check(text), ManifestRuleIds.UndeclaredBuildArg);
        Assert.Equal(span, finding.Span);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("add `ARG DOCS_THEME`", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_args_of_stages_reached_through_copy_from_and_global_args_are_visible()
    {
        Assert.Empty(Check("version: 1\nimage: {name: app}\nbuild:\n  args: {NODE_VERSION: \"20\", APP_VERSION: \"2\", BUILDKIT_INLINE_CACHE: \"1\"}\n"));
        Assert.Empty(Check("version: 1\nimage: {name: app}\nbuild:\n  target: docs\n  args: {DOCS_THEME: dark}\n"));
    }

    [Fact]
    public void A_misspelt_build_arg_suggests_the_declared_one()
    {
        var finding = Single(Check("version: 1\nimage: {name: app}\nbuild:\n  args: {APP_VERSON: \"2\"}\n"), ManifestRuleIds.UndeclaredBuildArg);
        Assert.EndsWith("did you mean `APP_VERSION`?", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_port_the_target_does_not_expose_is_information()
    {
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nrun:\n  ports: [\"8080:8080\", «\"3000:3000\"», 9001/udp]\n");
        var finding = Single(Check(text), ManifestRuleIds.PortNotExposed);
        Assert.Equal(span, finding.Span);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.StartsWith("Container port 3000/tcp is not EXPOSEd by stage `runtime`", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ports_are_checked_against_the_target_stage_and_what_it_inherits()
    {
        const string dockerfile = "FROM alpine AS base\nEXPOSE 5000\nFROM base AS app\nFROM alpine AS other\n";
        var files = new FakeFileSystem().WithFile("Dockerfile", dockerfile);
        Assert.Empty(Check("version: 1\nimage: {name: app}\nbuild: {target: app}\nrun: {ports: [\"5000\"]}\n", files));
        Single(Check("version: 1\nimage: {name: app}\nrun: {ports: [\"5000\"]}\n", files), ManifestRuleIds.PortNotExposed);
    }

    [Fact]
    public void Ports_exposed_through_a_variable_are_not_second_guessed()
    {
        var files = new FakeFileSystem().WithFile("Dockerfile", "FROM alpine\nARG PORT=80\nEXPOSE ${PORT}\n");
        Assert.Empty(Check("version: 1\nimage: {name: app}\nrun: {ports: [\"8080:1234\"]}\n", files));
    }

    [Fact]
    public void A_port_number_out_of_range_is_an_error()
    {
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nrun: {ports: [«\"8080:70000\"»]}\n");
        var finding = Single(Check(text), ManifestRuleIds.InvalidPortNumber);
        Assert.Equal(span, finding.Span);
        Assert.Equal("`8080:70000` is not a usable port mapping: port 70000 is outside 1-65535.", finding.Message);
    }

    [Fact]
    public void A_healthcheck_on_an_unpublished_port_is_a_warning_and_host_or_container_ports_satisfy_it()
    {
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nrun:\n  ports: [\"80:8080\"]\n  healthcheck: {http: «\"http://localhost:9999/health\"»}\n");
        var finding = Single(Check(text), ManifestRuleIds.HealthcheckPortNotPublished);
        Assert.Equal(span, finding.Span);
        Assert.Equal("`run.healthcheck.http` probes port 9999, which is not among the ports of `run.ports` (80:8080); fix the URL's port or publish it.", finding.Message);
        Assert.Empty(Check("version: 1\nimage: {name: app}\nrun:\n  ports: [\"80:8080\"]\n  healthcheck: {http: \"http://localhost/health\"}\n"));
        Assert.Empty(Check("version: 1\nimage: {name: app}\nrun:\n  ports: [\"80:8080\"]\n  healthcheck: {http: \"http://localhost:8080/health\"}\n"));
    }

    [Fact]
    public void A_deploy_healthcheck_is_checked_too()
    {
        const string text = "version: 1\nimage: {name: app}\nrun: {ports: [\"8080\"]}\ndeploy:\n  ecs:\n    tags: {app: x}\n    healthcheck: {http: \"http://127.0.0.1:81/\"}\n";
        var finding = Single(Check(text), ManifestRuleIds.HealthcheckPortNotPublished);
        Assert.StartsWith("`deploy.ecs.healthcheck.http` probes port 81", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_env_file_is_an_error_on_its_path()
    {
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nrun:\n  envFile: «.env.prod»\n");
        var finding = Single(Check(text), ManifestRuleIds.EnvFileNotFound);
        Assert.Equal(span, finding.Span);
    }

    [Fact]
    public void Secret_like_values_written_inline_are_flagged_and_references_are_not()
    {
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nrun:\n  env:\n    API_KEY: ${env:API_KEY}\n    DB_PASSWORD: «hunter2»\n    PASSWORD_FILE: \"\"\n    LOG_LEVEL: debug\n");
        var finding = Single(Check(text), ManifestRuleIds.InlineSecret);
        Assert.Equal(span, finding.Span);
        Assert.Equal("`run.env.DB_PASSWORD` looks like a secret written into the manifest; write `${env:DB_PASSWORD}` and set it in your environment, or move it to `run.envFile`.", finding.Message);
    }

    [Fact]
    public void A_secret_build_arg_is_flagged_with_build_secret_advice()
    {
        var finding = Single(Check("version: 1\nimage: {name: app}\nbuild:\n  args: {NPM_TOKEN: abc123}\n"), ManifestRuleIds.InlineSecret);
        Assert.Contains("RUN --mount=type=secret", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_inside_an_environment_point_into_it_and_are_reported_once()
    {
        var (text, span) = Marked.Parse("version: 1\nimage: {name: app}\nbuild: {target: runtime}\nenvironments:\n  a:\n    build: {target: «dbg»}\n  b:\n    run: {env: {X: y}}\n");
        var finding = Single(Check(text), ManifestRuleIds.UnknownStage);
        Assert.Equal(span, finding.Span);
    }

    [Fact]
    public void The_json_form_is_cross_checked_the_same_way()
    {
        var (text, span) = Marked.Parse("{\"version\": 1, \"image\": {\"name\": \"app\"}, \"build\": {\"target\": «\"runtme\"»}}");
        var finding = Single(Check(text, format: ManifestFormat.Json), ManifestRuleIds.UnknownStage);
        Assert.Equal(span, finding.Span);
    }

    [Fact]
    public void An_open_dockerfile_buffer_wins_over_the_file()
    {
        var document = ManifestDocument.Parse("version: 1\nimage: {name: app}\nbuild: {target: fresh}\n", ManifestFormat.Yaml);
        var files = new FakeFileSystem().WithFile("Dockerfile", "FROM alpine AS old\n");
        Assert.Single(ManifestCrossChecks.Check(document, FakeFileSystem.Root, files));
        Assert.Empty(ManifestCrossChecks.Check(document, FakeFileSystem.Root, files, Berth.Dockerfile.DockerfileDocument.Parse("FROM alpine AS fresh\n")));
    }
}

/// <summary>The example manifests of the repository agree with their Dockerfiles on disk.</summary>
public sealed class ExampleCrossCheckTests
{
    private sealed class Disk : IManifestFileSystem
    {
        public bool FileExists(string path) => File.Exists(path);

        public bool DirectoryExists(string path) => Directory.Exists(path);

        public string? ReadText(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        var examples = Path.Combine(RepositoryPaths.Root, "examples");
        if (!Directory.Exists(examples)) return data;
        foreach (var file in Directory.EnumerateFiles(examples, "berth.*", SearchOption.AllDirectories)) data.Add(Path.GetRelativePath(RepositoryPaths.Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_manifest_passes_its_cross_checks(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Root, relativePath);
        var document = ManifestDocument.Parse(File.ReadAllText(path), path);
        var findings = ManifestCrossChecks.Check(document, Path.GetDirectoryName(path)!, new Disk());
        Assert.Empty(findings.Select(f => $"{f.Code} {document.Lines.RangeOf(f.Span).Start}: {f.Message}"));
    }
}
