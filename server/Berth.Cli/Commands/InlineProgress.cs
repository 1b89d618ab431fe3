namespace Berth.Cli.Commands;

/// <summary>Progress handled on the reporting thread, so lines print in the engine's order.</summary>
internal sealed class InlineProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
