using Berth.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Tests.Editing;

/// <summary>
/// One real server process shared by the editing tests of a class (each test opens its own URI), started and
/// initialized once, shut down cleanly at the end.
/// </summary>
public sealed class EditingServer : IAsyncLifetime
{
    private LspTestClient? _client;

    public LspTestClient Client => _client ?? throw new InvalidOperationException("The server has not started.");

    public JObject Capabilities { get; private set; } = new();

    public async Task InitializeAsync()
    {
        _client = LspTestClient.Start();
        var result = await _client.InitializeAsync(new JObject { ["textDocument"] = new JObject { ["diagnostic"] = new JObject() } });
        Capabilities = (JObject)result["capabilities"]!;
    }

    public async Task DisposeAsync()
    {
        if (_client is null) return;
        Assert.Equal(0, await _client.ShutdownAndExitAsync());
        await _client.DisposeAsync();
    }

    private int _documents;

    /// <summary>Opens a new Dockerfile with <paramref name="text"/>; returns its URI.</summary>
    public async Task<string> OpenAsync(string text, string name = "Dockerfile")
    {
        var uri = $"file:///editing/{Interlocked.Increment(ref _documents)}/{name}";
        await Client.OpenAsync(uri, text);
        return uri;
    }

    public static JObject At(string uri, int line, int character) => new()
    {
        ["textDocument"] = new JObject { ["uri"] = uri },
        ["position"] = new JObject { ["line"] = line, ["character"] = character },
    };

    public static JObject Doc(string uri) => new() { ["textDocument"] = new JObject { ["uri"] = uri } };

    /// <summary>The result of a request; fails the test with the error when there is one.</summary>
    public async Task<JToken> ResultAsync(string method, JToken parameters)
    {
        var response = await Client.RequestAsync(method, parameters);
        Assert.True(response["error"] is null, $"{method} failed: {response["error"]}");
        return response["result"]!;
    }

    public Task<JObject> ResponseAsync(string method, JToken parameters) => Client.RequestAsync(method, parameters);

    public static (int Line, int Character) Start(JToken range) => ((int)range["start"]!["line"]!, (int)range["start"]!["character"]!);

    public static (int Line, int Character) End(JToken range) => ((int)range["end"]!["line"]!, (int)range["end"]!["character"]!);
}
