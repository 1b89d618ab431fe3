using Berth.Benchmarks.Lsp;
using Berth.Benchmarks.Reporting;
using Berth.Benchmarks.Corpus;

namespace Berth.Benchmarks.Comparison;

/// <summary>
/// Runs the same editor session against Berth and the peer at each size, alternating the two servers session by
/// session and the sizes round by round (<see cref="SessionSchedule"/>), so that a burst of load on the machine falls
/// on both servers and every size, and prints the table.
/// </summary>
public static class LspComparison
{
    public static async Task<string> RunAsync(
        ServerCommand berth, ServerCommand peer, IReadOnlyList<int> sizes, Func<int, int> sessionsFor, SessionOptions options, TextWriter progress)
    {
        var results = new ComparisonResults();
        var texts = sizes.Distinct().ToDictionary(lines => lines, lines => SizedDockerfileGenerator.Generate(lines));
        foreach (var (lines, session) in SessionSchedule.Of(sizes, sessionsFor))
        {
            foreach (var command in new[] { berth, peer })
            {
                progress.Write($"{Format.Count(lines)} lines, {command.Name}, session {session}/{sessionsFor(lines)} ... ");
                var result = await SessionRunner.RunAsync(command, texts[lines], options).ConfigureAwait(false);
                results.Add(lines, command.Name, result);
                progress.WriteLine($"edit → diagnostics {Format.Duration(Measurement.Median.Of(result.OutcomesOf(SessionStep.EditToDiagnostics)))}");
            }
        }
        return ComparisonTable.Render(results);
    }

    /// <summary>
    /// Five sessions at every size, though the peer needs half a minute or more per session from 10,000 lines on: the
    /// median of three still moved with one or two slow sessions (a collection, a busy moment of the machine), enough
    /// to take a 50,000-line cell, and with it the growth from 10,000 lines, from 5.6× to 7.9× between runs of the same
    /// code (bench/RESULTS.md). Never fewer than three: the median of two sessions is their mean.
    /// </summary>
    public const int DefaultSessions = 5;
}
