using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Diagnostics;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Handlers;
using Berth.LanguageServer.Protocol;

namespace Berth.LanguageServer.Server;

/// <summary>
/// Everything a handler may use, for one connection: the lifecycle, the open documents, the settings, the
/// diagnostics publisher, the log, and the client. Handlers receive it in their constructor.
/// </summary>
public sealed class ServerSession
{
    public ServerSession(ILanguageClient client, TimeSpan diagnosticsDebounce)
    {
        Client = client;
        Log = new ClientLogger(client);
        Settings = new SettingsProvider(client, Log);
        Diagnostics = new DiagnosticsPublisher(Documents, Settings, client, Log, diagnosticsDebounce);
        Settings.Changed += Diagnostics.ScheduleAll;
        Registry = HandlerRegistry.CreateDefault(this);
    }

    public ILanguageClient Client { get; }

    public ServerLifecycle Lifecycle { get; } = new();

    public DocumentStore Documents { get; } = new();

    public ClientLogger Log { get; }

    public SettingsProvider Settings { get; }

    public DiagnosticsPublisher Diagnostics { get; }

    public HandlerRegistry Registry { get; }

    /// <summary>The local folder of the workspace root from initialize (null: none, or not a file: URI).</summary>
    public string? WorkspaceRoot { get; set; }

    /// <summary>What the client said it can do, from initialize (empty before it).</summary>
    public ClientCapabilities ClientCapabilities { get; set; } = new();
}
