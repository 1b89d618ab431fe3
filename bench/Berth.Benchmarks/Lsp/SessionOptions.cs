namespace Berth.Benchmarks.Lsp;

/// <summary>Limits of one session: how long any one step may take, and how many keystrokes to time.</summary>
public sealed record SessionOptions(TimeSpan StepTimeout, int Keystrokes)
{
    public static SessionOptions Default { get; } = new(TimeSpan.FromSeconds(60), 10);
}
