using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// workspace/didChangeConfiguration: settings pushed under "berth" are used as they are; otherwise (the
/// pull model, where VS Code sends null) the server asks for the section with workspace/configuration.
/// Open documents are re-checked once the new settings are known.
/// </summary>
public sealed class DidChangeConfigurationHandler(ServerSession session) : NotificationHandler<DidChangeConfigurationParams>
{
    public override string Method => "workspace/didChangeConfiguration";

    public override Task HandleAsync(DidChangeConfigurationParams parameters)
    {
        if (parameters.Settings is JObject settings && settings.TryGetValue("berth", StringComparison.Ordinal, out var section))
        {
            session.Settings.Use(section);
        }
        else if (session.ClientCapabilities.SupportsConfigurationRequest)
        {
            session.Settings.Refresh();
        }
        return Task.CompletedTask;
    }
}
