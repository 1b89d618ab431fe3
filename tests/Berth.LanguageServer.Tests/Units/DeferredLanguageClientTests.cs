using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>The editor before the connection to it is up: what is sent meanwhile waits, in order, and nothing is lost.</summary>
public sealed class DeferredLanguageClientTests
{
    private sealed class RecordingClient : ILanguageClient
    {
        public List<string> Sent { get; } = [];

        public Task NotifyAsync(string method, object parameters)
        {
            lock (Sent) Sent.Add($"{method} {parameters}");
            return Task.CompletedTask;
        }

        public Task<TResult?> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken)
        {
            lock (Sent) Sent.Add($"{method}? {parameters}");
            return Task.FromResult(default(TResult));
        }
    }

    [Fact]
    public async Task Messages_sent_before_the_connection_wait_and_go_out_in_order_once_it_is_up()
    {
        var client = new DeferredLanguageClient();
        var first = client.NotifyAsync("window/logMessage", "one");
        await Task.Delay(20);
        Assert.False(first.IsCompleted);

        var target = new RecordingClient();
        client.Connect(target);
        await first.WaitAsync(TimeSpan.FromMinutes(1));
        await client.NotifyAsync("window/logMessage", "two");
        await client.RequestAsync<object>("workspace/configuration", "three", CancellationToken.None);
        Assert.Equal(["window/logMessage one", "window/logMessage two", "workspace/configuration? three"], target.Sent);
    }

    [Fact]
    public async Task Messages_waiting_for_the_connection_go_out_before_any_sent_after_it()
    {
        var client = new DeferredLanguageClient();
        var first = client.NotifyAsync("window/logMessage", "one");
        var second = client.NotifyAsync("window/logMessage", "two");

        var target = new RecordingClient();
        client.Connect(target);
        var third = client.NotifyAsync("window/logMessage", "three");

        await Task.WhenAll(first, second, third).WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(["window/logMessage one", "window/logMessage two", "window/logMessage three"], target.Sent);
    }

    [Fact]
    public async Task A_waiting_message_that_fails_to_go_out_fails_its_caller()
    {
        var client = new DeferredLanguageClient();
        var waiting = client.NotifyAsync("window/logMessage", "one");

        client.Connect(new FailingClient());

        var error = await Assert.ThrowsAsync<IOException>(() => waiting.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal("the editor went away", error.Message);
    }

    private sealed class FailingClient : ILanguageClient
    {
        public Task NotifyAsync(string method, object parameters) => throw new IOException("the editor went away");

        public Task<TResult?> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken) =>
            throw new IOException("the editor went away");
    }

    [Fact]
    public async Task A_request_waiting_for_the_connection_can_be_cancelled()
    {
        var client = new DeferredLanguageClient();
        using var cancel = new CancellationTokenSource();
        var request = client.RequestAsync<object>("workspace/configuration", "x", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
    }

    [Fact]
    public void Connecting_twice_is_refused()
    {
        var client = new DeferredLanguageClient();
        client.Connect(new RecordingClient());
        Assert.Throws<InvalidOperationException>(() => client.Connect(new RecordingClient()));
    }
}
