using System.Collections.Concurrent;

namespace Berth.AlibabaCloud.Tests.Support;

/// <summary>Collects progress messages synchronously (Progress&lt;T&gt; would post them later).</summary>
public sealed class RecordingProgress : IProgress<string>
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public void Report(string value) => Messages.Enqueue(value);

    public string All => string.Join('\n', Messages);
}
