using Berth.Benchmarks.Corpus;
using Berth.Benchmarks.Lsp;
using Berth.Benchmarks.Measurement;

namespace Berth.Benchmarks.Tests;

/// <summary>
/// The session runner against a scripted fake server (tests/fixtures/bench/fake-lsp-server.js, run by
/// node), as a real child process over stdio: no peer install needed.
/// </summary>
public sealed class SessionRunnerTests
{
    // Generous: node starts slowly on a loaded 2-core machine. Only the never-answered step waits this long.
    private static readonly SessionOptions Options = new(TimeSpan.FromSeconds(20), Keystrokes: 2);

    [Fact]
    public async Task Measures_what_the_server_answers_and_names_what_it_does_not()
    {
        var fake = new ServerCommand("Fake", "node", [Path.Combine(RepositoryRoot.Find(), "tests", "fixtures", "bench", "fake-lsp-server.js")]);

        var result = await SessionRunner.RunAsync(fake, SizedDockerfileGenerator.Generate(100), Options);

        AssertMeasured(result, SessionStep.Initialize);
        AssertMeasured(result, SessionStep.OpenToDiagnostics);
        Assert.Equal(2, result.OutcomesOf(SessionStep.EditToDiagnostics).Count);
        Assert.All(result.OutcomesOf(SessionStep.EditToDiagnostics), o => Assert.Equal(OutcomeKind.Measured, o.Kind));
        // The fake publishes the keystroke's diagnostics 20 ms after a stale version and another document's.
        Assert.All(result.OutcomesOf(SessionStep.EditToDiagnostics), o => Assert.True(o.Value >= 15, $"{o.Value} ms"));
        Assert.Equal([Outcome.Unsupported], result.OutcomesOf(SessionStep.Completion));
        AssertMeasured(result, SessionStep.Hover);
        AssertMeasured(result, SessionStep.DocumentSymbol);
        Assert.Equal([Outcome.Unsupported], result.OutcomesOf(SessionStep.Formatting));
        AssertMeasured(result, SessionStep.FoldingRange);
        Assert.Equal([Outcome.TimedOutAfter(20_000)], result.OutcomesOf(SessionStep.SemanticTokens));
        Assert.Equal(OutcomeKind.Measured, result.PeakMemoryBytes.Kind);
        Assert.True(result.PeakMemoryBytes.Value > 1024 * 1024);
    }

    [Fact]
    public async Task A_server_that_cannot_start_is_a_clear_error()
    {
        var missing = new ServerCommand("Missing", "/nonexistent/berth-server", ["lsp", "--stdio"]);

        var error = await Assert.ThrowsAsync<BenchmarkException>(() => SessionRunner.RunAsync(missing, "FROM a\n", Options));
        Assert.Contains("could not be started", error.Message);
        Assert.Contains("/nonexistent/berth-server", error.Message);
    }

    private static void AssertMeasured(SessionResult result, SessionStep step)
    {
        var outcome = Assert.Single(result.OutcomesOf(step));
        Assert.Equal(OutcomeKind.Measured, outcome.Kind);
        Assert.True(outcome.Value > 0);
    }
}
