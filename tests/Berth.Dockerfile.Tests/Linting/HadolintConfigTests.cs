using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests.Linting;

public sealed class HadolintConfigTests
{
    [Fact]
    public void Reads_every_supported_key()
    {
        const string yaml = """
            failure-threshold: warning
            ignored:
              - DL3008
              - SC2086
            override:
              error: [DL3015]
              info:
                - DL3059
            trustedRegistries:
              - docker.io
              - "*.gcr.io"
            label-schema:
              maintainer: email
              org.opencontainers.image.created: rfc3339
            strict-labels: true
            disable-ignore-pragma: true
            format: tty
            """;
        var result = HadolintConfig.Parse(yaml);
        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        var s = result.Settings;
        Assert.Equal(Severity.Warning, s.FailureThreshold);
        Assert.Equal(["DL3008", "SC2086"], s.Ignored);
        Assert.Equal(Severity.Error, s.SeverityOverrides["DL3015"]);
        Assert.Equal(Severity.Info, s.SeverityOverrides["DL3059"]);
        Assert.Equal(["docker.io", "*.gcr.io"], s.TrustedRegistries);
        Assert.Equal(LabelFormat.Email, s.RequiredLabels["maintainer"]);
        Assert.Equal(LabelFormat.Rfc3339, s.RequiredLabels["org.opencontainers.image.created"]);
        Assert.True(s.StrictLabels);
        Assert.True(s.DisableIgnorePragma);
    }

    [Fact]
    public void No_fail_means_no_threshold()
    {
        Assert.Null(HadolintConfig.Parse("no-fail: true\n").Settings.FailureThreshold);
    }

    [Fact]
    public void Empty_file_gives_defaults()
    {
        var result = HadolintConfig.Parse("");
        Assert.True(result.IsValid);
        Assert.Empty(result.Settings.Ignored);
    }

    [Theory]
    [InlineData("ignored: [DL3008\n", "not valid YAML")]
    [InlineData("failure-threshold: loud\n", "failure-threshold 'loud'")]
    [InlineData("override:\n  fatal: [DL1]\n", "override level 'fatal'")]
    [InlineData("label-schema:\n  a: colour\n", "label format 'colour'")]
    [InlineData("ignore: [DL3008]\n", "unknown setting 'ignore'")]
    [InlineData("- a\n- b\n", "must be a mapping")]
    public void Bad_files_give_one_clear_message(string yaml, string expected)
    {
        var result = HadolintConfig.Parse(yaml);
        Assert.False(result.IsValid);
        Assert.Contains(expected, Assert.Single(result.Errors), StringComparison.Ordinal);
    }
}
