using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests.Linting;

public sealed class LinterTests
{
    private static IReadOnlyList<Diagnostic> Lint(string text, LintSettings? settings = null) =>
        Linter.Lint(DockerfileDocument.Parse(text), settings ?? LintSettings.Default);

    [Fact]
    public void Lint_includes_the_first_set()
    {
        Assert.Contains(Lint("FROM a\nFRM b\n"), d => d.Code == "BER0001");
    }

    [Fact]
    public void Settings_ignore_by_id_or_alias()
    {
        const string text = "FROM a\nMAINTAINER me\n";
        Assert.Contains(Lint(text), d => d.Code == "MaintainerDeprecated");
        Assert.DoesNotContain(Lint(text, new LintSettings { Ignored = ["MaintainerDeprecated"] }), d => d.Code == "MaintainerDeprecated");
        Assert.DoesNotContain(Lint(text, new LintSettings { Ignored = ["DL4000"] }), d => d.Code == "MaintainerDeprecated");
    }

    [Fact]
    public void Hadolint_ignore_pragma_applies_to_the_next_instruction_only()
    {
        const string text = "FROM a\n# hadolint ignore=DL4000 # legacy image\nMAINTAINER me\nMAINTAINER you\n";
        var found = Lint(text).Where(d => d.Code == "MaintainerDeprecated").ToList();
        var single = Assert.Single(found);
        Assert.Equal(text.LastIndexOf("MAINTAINER", StringComparison.Ordinal), single.Span.Start);
    }

    [Fact]
    public void Disable_ignore_pragma_keeps_the_finding()
    {
        const string text = "FROM a\n# hadolint ignore=DL4000\nMAINTAINER me\n";
        Assert.Contains(Lint(text, new LintSettings { DisableIgnorePragma = true }), d => d.Code == "MaintainerDeprecated");
    }

    [Fact]
    public void Global_ignore_pragma_applies_to_the_whole_file()
    {
        Assert.DoesNotContain(Lint("# hadolint global ignore=DL3021\nFROM a\nCOPY a b c\n"), d => d.Code == "DL3021");
    }

    [Fact]
    public void Check_skip_directive_skips_buildkit_checks_and_error_true_raises_them()
    {
        const string body = "FROM a\nMAINTAINER me\nWORKDIR x\n";
        var skipped = Lint("# check=skip=MaintainerDeprecated\n" + body);
        Assert.DoesNotContain(skipped, d => d.Code == "MaintainerDeprecated");
        Assert.Contains(skipped, d => d.Code == "WorkdirRelativePath");
        Assert.DoesNotContain(Lint("# check=skip=all\n" + body), d => d.Code is "MaintainerDeprecated" or "WorkdirRelativePath");
        var raised = Lint("# check=error=true\n" + body);
        Assert.Equal(Severity.Error, raised.Single(d => d.Code == "WorkdirRelativePath").Severity);
    }

    [Fact]
    public void Severity_overrides_apply_by_alias()
    {
        var found = Lint("FROM a\nWORKDIR x\n", new LintSettings { SeverityOverrides = new Dictionary<string, Severity> { ["DL3000"] = Severity.Error } });
        Assert.Equal(Severity.Error, found.Single(d => d.Code == "WorkdirRelativePath").Severity);
    }

    [Fact]
    public void Failure_threshold_decides_failure()
    {
        var found = Lint("FROM a\nWORKDIR x\n");
        Assert.False(Linter.Fails(found, LintSettings.Default));
        Assert.True(Linter.Fails(found, new LintSettings { FailureThreshold = Severity.Warning }));
        Assert.False(Linter.Fails(found, new LintSettings { FailureThreshold = null }));
    }

    [Fact]
    public void Suppression_fixes_insert_pragmas()
    {
        const string text = "# syntax=docker/dockerfile:1\nFROM a\n  WORKDIR x\n";
        var document = DockerfileDocument.Parse(text);
        var diagnostic = Linter.Lint(document, LintSettings.Default).Single(d => d.Code == "WorkdirRelativePath");
        var fixes = SuppressionFixes.For(document, diagnostic);
        var local = FixApplier.Apply(text, fixes[0].Edits);
        Assert.Equal("# syntax=docker/dockerfile:1\nFROM a\n  # hadolint ignore=WorkdirRelativePath\n  WORKDIR x\n", local);
        Assert.DoesNotContain(Linter.Lint(DockerfileDocument.Parse(local), LintSettings.Default), d => d.Code == "WorkdirRelativePath");
        var global = FixApplier.Apply(text, fixes[1].Edits);
        Assert.Equal("# syntax=docker/dockerfile:1\n# hadolint global ignore=WorkdirRelativePath\nFROM a\n  WORKDIR x\n", global);
        Assert.DoesNotContain(Linter.Lint(DockerfileDocument.Parse(global), LintSettings.Default), d => d.Code == "WorkdirRelativePath");
    }
}
