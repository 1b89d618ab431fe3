using System.Threading.Channels;

namespace Berth.LanguageServer.Server;

/// <summary>
/// Runs posted work one item at a time, in the order posted, on the thread pool. StreamJsonRpc posts each
/// incoming message here, so text-sync notifications are applied in the order the client sent them (its
/// default context runs them concurrently, which could apply edit 3 before edit 2). Handlers that await
/// with ConfigureAwait(false) leave this context and run concurrently from then on.
/// </summary>
public sealed class OrderedSynchronizationContext : SynchronizationContext
{
    private readonly Channel<(SendOrPostCallback Callback, object? State)> _queue =
        Channel.CreateUnbounded<(SendOrPostCallback, object?)>(new UnboundedChannelOptions { SingleReader = true });

    public OrderedSynchronizationContext(Action<Exception> onUnhandled)
    {
        ArgumentNullException.ThrowIfNull(onUnhandled);
        _ = Task.Run(() => PumpAsync(onUnhandled));
    }

    public override void Post(SendOrPostCallback d, object? state) => _queue.Writer.TryWrite((d, state));

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Berth's message context only runs posted work.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Stops the pump after the work already posted.</summary>
    public void Complete() => _queue.Writer.TryComplete();

    private async Task PumpAsync(Action<Exception> onUnhandled)
    {
        await foreach (var (callback, state) in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                callback(state);
            }
            catch (Exception e)
            {
                // StreamJsonRpc turns handler failures into responses itself; anything reaching here is a bug
                // in the server, reported rather than allowed to stop the message pump.
                onUnhandled(e);
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        }
    }
}
