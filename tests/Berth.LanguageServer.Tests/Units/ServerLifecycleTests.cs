using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>ClientReady is what starts the start-up warm-up: only once the client has the initialize answer.</summary>
public sealed class ServerLifecycleTests
{
    [Fact]
    public void The_client_is_ready_only_after_initialized_not_at_initialize()
    {
        var lifecycle = new ServerLifecycle();

        lifecycle.CheckRequest("initialize");
        lifecycle.MarkInitialized();
        Assert.False(lifecycle.ClientReady.IsCompleted);

        lifecycle.MarkClientReady();
        lifecycle.MarkClientReady(); // a second initialized changes nothing
        Assert.True(lifecycle.ClientReady.IsCompletedSuccessfully);
    }
}
