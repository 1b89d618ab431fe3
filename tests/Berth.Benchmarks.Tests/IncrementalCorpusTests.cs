using Berth.Benchmarks.Corpus;
using Berth.Dockerfile;
using Berth.Dockerfile.Incremental;
using Berth.Dockerfile.Linting;

namespace Berth.Benchmarks.Tests;

/// <summary>
/// What the LSP comparison measures must be right: on the benchmark's own generated file and on the realistic corpus,
/// the incremental linter's findings after each keystroke are those of a full lint, and a keystroke in a stage's body
/// re-checks one stage.
/// </summary>
public sealed class IncrementalCorpusTests
{
    private static string Render(IEnumerable<Dockerfile.Diagnostics.Diagnostic> diagnostics) =>
        string.Join('\n', diagnostics.Select(d => $"{d.Code} {d.Severity} {d.Span} {d.Message} {string.Join(';', d.Fixes.SelectMany(f => f.Edits).Select(e => $"{e.Span}={e.NewText}"))}"));

    [Fact]
    public void Typing_through_the_generated_file_gets_full_lint_findings_one_stage_at_a_time()
    {
        var text = SizedDockerfileGenerator.Generate(1_000);
        var linter = new IncrementalLinter(LintSettings.Default);
        linter.Lint(text);
        var random = new Random(11);
        var single = 0;
        for (var k = 0; k < 40; k++)
        {
            // A character typed at the end of a random line, as the LSP comparison types.
            var lineEnds = Enumerable.Range(0, text.Length).Where(i => text[i] == '\n').ToArray();
            var at = lineEnds[random.Next(lineEnds.Length)];
            text = text.Insert(at, "x");
            var result = linter.Lint(text);
            if (result.CheckedStages == 1) single++;
            Assert.Equal(Render(Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default)), Render(result.Diagnostics));
        }
        Assert.True(single >= 20, $"only {single} of 40 keystrokes re-checked a single stage");
    }

    [Fact]
    public void Editing_each_realistic_file_gets_full_lint_findings()
    {
        var random = new Random(5);
        foreach (var file in RealisticCorpus.Generate(count: 40))
        {
            var text = file.Text;
            var linter = new IncrementalLinter(LintSettings.Default);
            linter.Lint(text);
            for (var k = 0; k < 8; k++)
            {
                var at = random.Next(text.Length + 1);
                text = random.Next(3) == 0 && text.Length > 0 ? text.Remove(Math.Min(at, text.Length - 1), 1) : text.Insert(at, k % 2 == 0 ? "x" : "\n");
                Assert.Equal(Render(Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default)), Render(linter.Lint(text).Diagnostics));
            }
        }
    }
}
