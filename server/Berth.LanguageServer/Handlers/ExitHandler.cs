using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers;

/// <summary>exit: ends the server, with exit code 0 after shutdown and 1 without it (LSP 3.17).</summary>
public sealed class ExitHandler(ServerSession session) : NotificationHandler<JToken>
{
    public override string Method => "exit";

    protected override bool ParamsOptional => true;

    public override Task HandleAsync(JToken parameters)
    {
        session.Lifecycle.Exit();
        return Task.CompletedTask;
    }
}
