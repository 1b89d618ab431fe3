using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;

namespace Berth.LanguageServer.Handlers;

/// <summary>shutdown: from now on only exit is served; exit then ends the process with code 0.</summary>
public sealed class ShutdownHandler(ServerSession session) : RequestHandler<JToken, object?>
{
    public override string Method => "shutdown";

    protected override bool ParamsOptional => true;

    public override Task<object?> HandleAsync(JToken parameters, CancellationToken cancellationToken)
    {
        session.Lifecycle.MarkShutDown();
        return Task.FromResult<object?>(null);
    }
}
