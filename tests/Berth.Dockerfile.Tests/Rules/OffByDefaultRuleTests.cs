using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests.Rules;

/// <summary>
/// The rules that are off unless turned on: hadolint's "ignore"-level DL1001 and DL3057 (by a severity override) and
/// BuildKit's experimental InvalidDefinitionDescription (by <c># check=experimental=</c> or an override).
/// </summary>
public sealed class OffByDefaultRuleTests
{
    private static IReadOnlyList<Diagnostic> Lint(string text, string? enable = null, Severity severity = Severity.Info)
    {
        var settings = enable is null
            ? LintSettings.Default
            : LintSettings.Default with { SeverityOverrides = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase) { [enable] = severity } };
        return Linter.Lint(DockerfileDocument.Parse(text), settings);
    }

    private static List<string> Spans(string text, IEnumerable<Diagnostic> found, string code) =>
        found.Where(d => d.Code == code).Select(d => text.Substring(d.Span.Start, d.Span.Length)).ToList();

    [Theory]
    [InlineData("DL1001", "FROM a:1\n# hadolint ignore=DL3059\nRUN a\n")]
    [InlineData("DL3057", "FROM a:1\nCMD [\"x\"]\n")]
    [InlineData("InvalidDefinitionDescription", "# the base image\nARG BASE=a:1\nFROM $BASE\n")]
    public void Each_is_silent_by_default(string code, string text)
    {
        Assert.DoesNotContain(Lint(text), d => d.Code == code);
        Assert.Contains(Lint(text, code), d => d.Code == code);
    }

    // DL1001: inline ignore pragmas.

    public static TheoryData<string, string[]> InlinePragmas => new()
    {
        { "FROM a:1\n# hadolint ignore=DL3059\nRUN a\nRUN b\n", ["# hadolint ignore=DL3059"] },
        { "FROM a:1\n# hadolint ignore=DL3003,DL3059 # reason\nRUN cd /x\n", ["# hadolint ignore=DL3003,DL3059 # reason"] },
        { "# hadolint global ignore=DL3059\nFROM a:1\n# just a comment\nRUN a\n", [] },
        { "FROM a:1\n# hadolint shell=bash\nRUN a\n", [] },
        { "FROM a:1\nRUN a # hadolint ignore=DL3059\n", [] },
    };

    [Theory]
    [MemberData(nameof(InlinePragmas))]
    public void DL1001_reports_each_inline_ignore_comment(string text, string[] expected)
    {
        var found = Lint(text, "DL1001", Severity.Warning);
        Assert.Equal(expected, Spans(text, found, "DL1001"));
        Assert.All(found.Where(d => d.Code == "DL1001"), d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void DL1001_is_turned_on_by_a_hadolint_config_override()
    {
        var config = HadolintConfig.Parse("override:\n  warning:\n    - DL1001\n");
        const string text = "FROM a:1\n# hadolint ignore=DL3059\nRUN a\n";
        var found = Linter.Lint(DockerfileDocument.Parse(text), config.Settings);
        Assert.Equal(Severity.Warning, Assert.Single(found, d => d.Code == "DL1001").Severity);
    }

    // DL3057: HEALTHCHECK missing.

    public static TheoryData<string, string[]> Healthchecks => new()
    {
        { "FROM a:1\nCMD [\"x\"]\n", ["FROM a:1"] },
        { "FROM a:1\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n", [] },
        { "FROM a:1\nHEALTHCHECK NONE\n", [] },
        // A builder only copied from is never run; the final stage is.
        { "FROM a:1 AS build\nRUN make\nFROM b:1\nCOPY --from=build /out /out\n", ["FROM b:1"] },
        // A stage built FROM a stage with HEALTHCHECK inherits it.
        { "FROM a:1 AS base\nHEALTHCHECK CMD true\nFROM base\nCMD [\"x\"]\n", [] },
        // Two unrelated targets are both images.
        { "FROM a:1 AS dev\nFROM a:1 AS prod\nHEALTHCHECK CMD true\n", ["FROM a:1 AS dev"] },
    };

    [Theory]
    [MemberData(nameof(Healthchecks))]
    public void DL3057_reports_the_FROM_of_each_image_without_a_healthcheck(string text, string[] stageLines)
    {
        var found = Lint(text, "DL3057");
        var lines = found.Where(d => d.Code == "DL3057").Select(d =>
        {
            Assert.Equal("FROM", text.Substring(d.Span.Start, d.Span.Length));
            var end = text.IndexOf('\n', d.Span.Start);
            return text[d.Span.Start..end];
        }).ToList();
        Assert.Equal(stageLines, lines);
    }

    // InvalidDefinitionDescription: the comment above a stage or ARG.

    public static TheoryData<string, string[]> Descriptions => new()
    {
        { "# check=experimental=InvalidDefinitionDescription\nFROM a:1\n# the build stage\nFROM a:1 AS build\n", ["# the build stage"] },
        { "# check=experimental=all\nFROM a:1\n# Version of the app\nARG VERSION=1\n", ["# Version of the app"] },
        { "# check=experimental=all\nFROM a:1\n# first line\n# version of the app\nARG VERSION=1\n", ["# version of the app"] },
        { "# check=experimental=all\nFROM a:1\n# compiles\nFROM a:1 AS build\n# hadolint ignore=DL3006\nARG X\n", ["# compiles"] },
        // Look-alikes: a correct description, a blank line between, a comment above another instruction, a pragma.
        { "# check=experimental=all\nFROM a:1\n# build compiles the app\nFROM a:1 AS build\n", [] },
        { "# check=experimental=all\nFROM a:1\n# VERSION of the app\nARG VERSION=1\n", [] },
        { "# check=experimental=all\nFROM a:1\n# A and B\nARG A=1 B=2\n", [] },
        { "# check=experimental=all\nFROM a:1\n# B only\nARG A=1 B=2\n", [] },
        { "# check=experimental=all\nFROM a:1\n# the build stage\n\nFROM a:1 AS build\n", [] },
        { "# check=experimental=all\nFROM a:1\n# install tools\nRUN make\n", [] },
        { "# check=experimental=all\n# hadolint ignore=DL3006\nFROM a AS base\n", [] },
        { "# check=experimental=all\n# the base image\nFROM a:1\n", [] },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void InvalidDefinitionDescription_reports_the_comment(string text, string[] comments)
    {
        var found = Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default);
        Assert.Equal(comments, Spans(text, found, "InvalidDefinitionDescription"));
    }

    [Fact]
    public void InvalidDefinitionDescription_offers_two_fixes_that_each_silence_it()
    {
        const string text = "# check=experimental=InvalidDefinitionDescription\nFROM a:1\n# compiles the app\nFROM a:1 AS build\n";
        var finding = Assert.Single(Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default), d => d.Code == "InvalidDefinitionDescription");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("# build <description>", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, finding.Fixes.Count);
        Assert.All(finding.Fixes, f => Assert.False(f.IsCertain));
        var named = FixApplier.Apply(text, finding.Fixes[0].Edits);
        Assert.Contains("# build compiles the app\nFROM a:1 AS build", named, StringComparison.Ordinal);
        var separated = FixApplier.Apply(text, finding.Fixes[1].Edits);
        Assert.Contains("# compiles the app\n\nFROM a:1 AS build", separated, StringComparison.Ordinal);
        foreach (var fixedText in new[] { named, separated })
            Assert.DoesNotContain(Linter.Lint(DockerfileDocument.Parse(fixedText), LintSettings.Default), d => d.Code == "InvalidDefinitionDescription");
        // Not certain, so fix-all leaves the comment alone.
        Assert.Equal(text, FixApplier.FixAll(text, [finding]));
    }

    [Fact]
    public void InvalidDefinitionDescription_keeps_crlf_line_endings_in_its_fix()
    {
        const string text = "# check=experimental=all\r\nFROM a:1\r\n# compiles\r\nFROM a:1 AS build\r\n";
        var finding = Assert.Single(Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default), d => d.Code == "InvalidDefinitionDescription");
        Assert.Equal("# compiles", text.Substring(finding.Span.Start, finding.Span.Length));
        Assert.Contains("# compiles\r\n\r\nFROM", FixApplier.Apply(text, finding.Fixes[1].Edits), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidDefinitionDescription_obeys_check_skip_like_other_BuildKit_checks()
    {
        const string text = "# check=experimental=all;skip=InvalidDefinitionDescription\nFROM a:1\n# compiles\nFROM a:1 AS build\n";
        Assert.DoesNotContain(Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default), d => d.Code == "InvalidDefinitionDescription");
    }
}
