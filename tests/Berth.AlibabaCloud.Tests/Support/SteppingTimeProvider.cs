using System.Collections.Concurrent;

namespace Berth.AlibabaCloud.Tests.Support;

/// <summary>
/// A clock that jumps instead of waiting: every timer fires at once and moves the clock forward by
/// its due time, and every wait is recorded. Backoff tests then run instantly and see exact delays.
/// </summary>
public sealed class SteppingTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = start;

    public SteppingTimeProvider()
        : this(DateTimeOffset.UtcNow)
    {
    }

    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FiringTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class FiringTimer(SteppingTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private bool _disposed;

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            if (_disposed || dueTime == Timeout.InfiniteTimeSpan)
            {
                return !_disposed;
            }
            owner.Waits.Enqueue(dueTime);
            owner.Advance(dueTime);
            ThreadPool.QueueUserWorkItem(_ =>
            {
                if (!_disposed)
                {
                    callback(state);
                }
            });
            return true;
        }

        public void Dispose() => _disposed = true;

        public ValueTask DisposeAsync()
        {
            _disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
