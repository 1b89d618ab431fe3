using Berth.LanguageServer.Handlers;
using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Units;

public sealed class HandlerRegistryTests
{
    private sealed class SilentClient : ILanguageClient
    {
        public Task NotifyAsync(string method, object parameters) => Task.CompletedTask;

        public Task<TResult?> RequestAsync<TResult>(string method, object parameters, CancellationToken cancellationToken) =>
            Task.FromResult<TResult?>(default);
    }

    private sealed class FakeHover(string method) : RequestHandler<JToken, object?>
    {
        public override string Method => method;

        public override void Advertise(ServerCapabilities capabilities, ClientCapabilities client) => capabilities.Set("hoverProvider", true);

        public override Task<object?> HandleAsync(JToken parameters, CancellationToken cancellationToken) => Task.FromResult<object?>(null);
    }

    [Fact]
    public void The_default_registry_serves_the_lifecycle_and_text_sync()
    {
        var session = new ServerSession(new SilentClient(), TimeSpan.Zero);
        Assert.Superset(
            new HashSet<string> { "initialize", "initialized", "shutdown", "exit", "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "workspace/didChangeConfiguration" },
            session.Registry.Methods.ToHashSet());
    }

    [Fact]
    public void Capabilities_come_only_from_registered_handlers()
    {
        var registry = new HandlerRegistry([new FakeHover("textDocument/hover")]);
        var capabilities = registry.BuildCapabilities(new ClientCapabilities());
        Assert.True(capabilities.Get("hoverProvider")!.Value<bool>());
        Assert.Null(capabilities.TextDocumentSync);
        Assert.Null(capabilities.Get("completionProvider"));
    }

    [Fact]
    public void Two_handlers_for_one_method_are_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new HandlerRegistry([new FakeHover("textDocument/hover"), new FakeHover("textDocument/hover")]));
        Assert.Contains("textDocument/hover", error.Message, StringComparison.Ordinal);
    }
}
