namespace Berth.Docker.Tests;

/// <summary>Waits for a condition by polling, with a generous limit, instead of sleeping a fixed time.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Gave up waiting for {what} after {limit.TotalSeconds}s.");
            await Task.Delay(200);
        }
    }
}
