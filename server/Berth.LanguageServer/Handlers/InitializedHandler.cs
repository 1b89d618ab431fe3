using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// initialized: the client is ready for our requests, so this is when we ask for the "berth" settings and for
/// the files to watch.
/// </summary>
public sealed class InitializedHandler(ServerSession session) : NotificationHandler<JToken>
{
    public override string Method => "initialized";

    protected override bool ParamsOptional => true;

    public override Task HandleAsync(JToken parameters)
    {
        session.Lifecycle.MarkClientReady();
        session.Log.Info($"Berth {BerthVersion.Current} is ready.");
        if (session.ClientCapabilities.SupportsConfigurationRequest) session.Settings.Refresh();
        WatchedFiles.Register(session);
        return Task.CompletedTask;
    }
}
