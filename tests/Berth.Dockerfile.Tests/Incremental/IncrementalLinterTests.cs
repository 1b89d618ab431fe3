using System.Text;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Incremental;
using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests.Incremental;

/// <summary>
/// The incremental linter must be indistinguishable from a full lint: after every edit of a long random chain of
/// edits (typing, deleting, new lines, continuations, here-documents, new stages, stage references, pragmas,
/// casing flips...) on every fixture, its findings are compared with <see cref="Linter.Lint(DockerfileDocument, LintSettings)"/>
/// of the same text, message, span and fix for fix.
/// </summary>
public sealed class IncrementalLinterTests
{
    private static readonly string[] Insertions =
    [
        "x", "e", " ", "\n", "\\\n", "\"", "'", "$", "${A", "}", "#", "# hadolint ignore=DL3008\n", "# hadolint global ignore=DL3059\n",
        "# hadolint shell=bash\n", "RUN apt-get install curl\n", "RUN wget http://example.com/a.tgz && curl -o b http://x\n",
        "run echo lower\n", "from alpine as low\n", "FROM alpine AS added\n", "FROM stage-1 AS child\n", "COPY --from=stage-0 /a /b\n",
        "COPY --from=build /out /out\n", "RUN --mount=type=cache,from=stage-1,target=/c true\n", "<<EOF\n", "EOF\n", "RUN <<EOF\necho hi\nEOF\n",
        "ENV PATH=/x:$PATH\n", "ARG VERSION=1\n", "ARG UNUSED\n", "HEALTHCHECK NONE\n", "LABEL maintainer=me\n", "WORKDIR relative\n",
        "WORKDIR /abs\n", "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n", "CMD [\"a\"]\n", "ENTRYPOINT run\n", "USER root\n",
        "EXPOSE 80\n", "COPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n", "ONBUILD RUN echo\n", "ADD http://x/y /z\n", "\t", "\r\n",
        "MAINTAINER me\n", "RUN cd /x && make\n", "RUN sudo apt-get update\n", "ENV A=${B:-c}\n", "FROM scratch\n",
    ];

    private static readonly LintSettings Strict = LintSettings.Default with
    {
        SeverityOverrides = new Dictionary<string, Severity> { ["DL3057"] = Severity.Info, ["DL1001"] = Severity.Info },
        RequiredLabels = new Dictionary<string, LabelFormat> { ["maintainer"] = LabelFormat.Text },
        StrictLabels = true,
    };

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var path in FixturePaths()) data.Add(Path.GetRelativePath(Fixtures.RepoRoot, path));
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_version_of_an_edited_fixture_gets_the_findings_of_a_full_lint(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(Fixtures.RepoRoot, relativePath));
        foreach (var (settings, seed) in new[] { (LintSettings.Default, 1), (Strict, 2) })
            EditAndCompare(text, settings, new Random(seed * 7919 + relativePath.Length), steps: 60, relativePath);
    }

    [Fact]
    public void Every_version_of_an_edited_multi_stage_file_gets_the_findings_of_a_full_lint()
    {
        var seeds = int.TryParse(Environment.GetEnvironmentVariable("BERTH_INCREMENTAL_SEEDS"), out var n) ? n : 16;
        var (versions, partial) = (0, 0);
        for (var seed = 0; seed < seeds; seed++)
        {
            var (v, p) = EditAndCompare(MultiStage(stages: 8), seed % 2 == 0 ? LintSettings.Default : Strict, new Random(seed), steps: 80, $"multi-stage, seed {seed}");
            (versions, partial) = (versions + v, partial + p);
        }
        // Not a vacuous comparison: most versions were checked stage by stage, not as a whole file.
        Assert.True(partial * 2 > versions, $"only {partial} of {versions} versions were checked incrementally");
    }

    [Fact]
    public void Typing_inside_a_run_checks_only_that_stage_again()
    {
        var text = MultiStage(stages: 8);
        var linter = new IncrementalLinter(LintSettings.Default);
        var first = linter.Lint(text);
        Assert.Equal(first.Stages, first.CheckedStages);
        var at = text.IndexOf("build.log", text.IndexOf("stage 3", StringComparison.Ordinal), StringComparison.Ordinal);
        var edited = text.Insert(at, "x");
        var second = linter.Lint(edited);
        Assert.Equal(1, second.CheckedStages);
        Assert.Equal(Render(Linter.Lint(DockerfileDocument.Parse(edited), LintSettings.Default)), Render(second.Diagnostics));
        // The untouched stages hand back the very same findings, so later layers can reuse what they made of them.
        Assert.Same(first.Pieces[1].Findings, second.Pieces[1].Findings);
        Assert.Same(first.Pieces[^1].Findings, second.Pieces[^1].Findings);
    }

    [Fact]
    public void An_edit_to_a_stage_rechecks_the_stages_built_on_it()
    {
        var text = "FROM alpine AS base\nENV A=1\n\nFROM base AS child\nRUN echo $A $B\n\nFROM alpine\nRUN echo $B\n";
        var linter = new IncrementalLinter(LintSettings.Default);
        linter.Lint(text);
        var edited = text.Replace("ENV A=1", "ENV A=1 B=2", StringComparison.Ordinal);
        var result = linter.Lint(edited);
        Assert.Equal(2, result.CheckedStages);
        Assert.Equal(Render(Linter.Lint(DockerfileDocument.Parse(edited), LintSettings.Default)), Render(result.Diagnostics));
    }

    [Fact]
    public void Opening_a_here_document_that_runs_into_the_next_stage_checks_the_whole_file()
    {
        var text = MultiStage(stages: 4);
        var linter = new IncrementalLinter(LintSettings.Default);
        linter.Lint(text);
        var at = text.IndexOf("WORKDIR", text.IndexOf("stage 1", StringComparison.Ordinal), StringComparison.Ordinal);
        var edited = text.Insert(at, "RUN <<END\n");
        var result = linter.Lint(edited);
        Assert.Equal(result.Stages, result.CheckedStages);
        Assert.Equal(Render(Linter.Lint(DockerfileDocument.Parse(edited), LintSettings.Default)), Render(result.Diagnostics));
    }

    [Fact]
    public void A_whole_file_check_uses_the_callers_parse_and_an_edit_inside_a_stage_asks_for_none()
    {
        var text = MultiStage(stages: 4);
        var linter = new IncrementalLinter(LintSettings.Default);
        var asked = 0;
        var parsed = DockerfileDocument.Parse(text);
        var first = linter.Lint(text, () =>
        {
            asked++;
            return parsed;
        });
        Assert.Equal(1, asked);
        Assert.Equal(Render(Linter.Lint(parsed, LintSettings.Default)), Render(first.Diagnostics));

        var at = text.IndexOf("build.log", text.IndexOf("stage 2", StringComparison.Ordinal), StringComparison.Ordinal);
        var edited = text.Insert(at, "x");
        var second = linter.Lint(edited, () =>
        {
            asked++;
            return DockerfileDocument.Parse(edited);
        });
        Assert.Equal(1, asked);
        Assert.Equal(1, second.CheckedStages);
    }

    [Fact]
    public void A_parse_of_another_text_is_refused()
    {
        var linter = new IncrementalLinter(LintSettings.Default);
        var error = Assert.Throws<ArgumentException>(() => linter.Lint("FROM alpine\n", () => DockerfileDocument.Parse("FROM debian\n")));
        Assert.Contains("another text", error.Message, StringComparison.Ordinal);
        // Nothing was kept from the refused call: the next check is a whole-file one of the right text.
        var result = linter.Lint("FROM alpine\n");
        Assert.Equal(result.Stages, result.CheckedStages);
    }

    // Returns how many versions were compared and how many of them were checked without a whole-file lint.
    private static (int Versions, int Partial) EditAndCompare(string text, LintSettings settings, Random random, int steps, string name)
    {
        var linter = new IncrementalLinter(settings);
        var history = new StringBuilder();
        var partial = 0;
        for (var step = 0; step <= steps; step++)
        {
            if (step > 0)
            {
                var (edited, description) = Edit(text, random);
                text = edited;
                history.AppendLine(description);
            }
            var expected = Render(Linter.Lint(DockerfileDocument.Parse(text), settings));
            var result = linter.Lint(text);
            if (result.CheckedStages < result.Stages) partial++;
            var actual = Render(result.Diagnostics);
            if (expected != actual)
                Assert.Fail($"{name}: after these edits the incremental findings differ from a full lint.\n{history}\n--- text ---\n{text}\n--- full ---\n{expected}\n--- incremental ---\n{actual}");
        }
        return (steps + 1, partial);
    }

    // Mostly small edits where people type (inside lines), sometimes whole new lines, sometimes deletions.
    private static (string Text, string Description) Edit(string text, Random random)
    {
        var kind = random.Next(10);
        if (kind < 3 && text.Length > 0)
        {
            var start = random.Next(text.Length);
            var length = Math.Min(text.Length - start, kind == 0 ? random.Next(1, 40) : 1);
            return (text.Remove(start, length), $"delete {length} at {start}");
        }
        var insertion = Insertions[random.Next(Insertions.Length)];
        int at;
        if (insertion.EndsWith('\n') && insertion.Length > 2)
        {
            var lineStarts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++) if (text[i] == '\n') lineStarts.Add(i + 1);
            at = lineStarts[random.Next(lineStarts.Count)];
        }
        else at = random.Next(text.Length + 1);
        return (text.Insert(at, insertion), $"insert {Escape(insertion)} at {at}");
    }

    private static string Escape(string s) => s.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static string Render(IEnumerable<Diagnostic> diagnostics)
    {
        var text = new StringBuilder();
        foreach (var d in diagnostics)
        {
            text.Append(d.Code).Append(' ').Append(d.Severity).Append(' ').Append(d.Span).Append(' ').Append(d.Tags).Append(' ')
                .Append(d.HelpUri).Append(' ').Append(d.Message);
            foreach (var fix in d.Fixes)
            {
                text.Append(" | ").Append(fix.Title).Append(fix.IsCertain ? " (certain)" : "");
                foreach (var edit in fix.Edits) text.Append(' ').Append(edit.Span).Append('=').Append(Escape(edit.NewText));
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private static IEnumerable<string> FixturePaths() =>
        Directory.EnumerateFiles(Path.Combine(Fixtures.RepoRoot, "tests", "fixtures"), "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p).Contains("Dockerfile", StringComparison.OrdinalIgnoreCase) && !p.EndsWith(".dockerignore", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    // Stages that lean on each other: global ARGs, FROM a stage, COPY --from, cache mounts from a stage, pragmas.
    private static string MultiStage(int stages)
    {
        var text = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=alpine:3.20\nARG VERSION=1.0\n\n");
        for (var s = 0; s < stages; s++)
        {
            text.Append($"# ---- stage {s}\n");
            text.Append(s % 3 == 2 ? $"FROM stage-{s - 1} AS stage-{s}\n" : $"FROM ${{BASE}} AS stage-{s}\n");
            text.Append("ARG VERSION\nENV APP=/opt/app PATH=/opt/bin:$PATH\nWORKDIR /opt/app\n");
            text.Append("RUN set -eux; \\\n    apt-get update; \\\n    apt-get install -y curl git; \\\n    rm -rf /var/lib/apt/lists/*\n");
            text.Append($"RUN <<EOF\necho \"stage {s} $VERSION\" >> build.log\nEOF\n");
            if (s > 0) text.Append($"COPY --from=stage-{s - 1} /opt/app /opt/prev\n");
            text.Append("# hadolint ignore=DL3003\nRUN cd /opt && make\n");
            if (s % 4 == 3) text.Append("RUN pip install requests\n");
            text.Append("EXPOSE 8080\nCMD [\"/opt/app/run\"]\n\n");
        }
        return text.ToString();
    }
}
