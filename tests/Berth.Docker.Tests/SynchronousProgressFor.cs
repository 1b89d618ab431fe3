namespace Berth.Docker.Tests;

/// <summary>Collects progress on the reporting thread, so tests see updates in order and without races.</summary>
public sealed class SynchronousProgressFor<T>(Action<T> handler) : IProgress<T>
{
    private readonly Lock _gate = new();

    public void Report(T value)
    {
        lock (_gate) handler(value);
    }
}
