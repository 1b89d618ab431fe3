using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Tests.Server;

/// <summary>
/// The start-up warm-up replays a whole private editor session (initialize, open, the editing requests beside an edit,
/// shutdown, exit) in-process: it must run to its end and report no failure, or the real session's first requests
/// pay the first-use costs again without anyone noticing.
/// </summary>
public sealed class StartupWarmUpTests
{
    [Fact]
    public async Task The_private_session_runs_to_its_end_without_a_failure()
    {
        var errors = new StringWriter();
        // A guard against a hang (a step whose answer never comes), not a speed limit.
        await StartupWarmUp.Start(errors).WaitAsync(TimeSpan.FromMinutes(3));
        Assert.Equal(string.Empty, errors.ToString());
    }
}
