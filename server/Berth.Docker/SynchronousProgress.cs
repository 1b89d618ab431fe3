namespace Berth.Docker;

/// <summary>
/// An IProgress that runs its handler on the reporting thread, in order. (System.Progress posts to the thread
/// pool, which can reorder messages: a "Step 3" line could arrive after the error that followed it.)
/// </summary>
internal sealed class SynchronousProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
