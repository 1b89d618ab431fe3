using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers;

/// <summary>initialize: records what the client can do, takes initializationOptions as settings, answers our capabilities.</summary>
public sealed class InitializeHandler(ServerSession session) : RequestHandler<InitializeParams, InitializeResult>
{
    public override string Method => "initialize";

    public override Task<InitializeResult> HandleAsync(InitializeParams parameters, CancellationToken cancellationToken)
    {
        session.ClientCapabilities = parameters.Capabilities ?? new ClientCapabilities();
        if (parameters.InitializationOptions is { } options) session.Settings.Use(options);
        var capabilities = session.Registry.BuildCapabilities(session.ClientCapabilities);
        session.Lifecycle.MarkInitialized();
        return Task.FromResult(new InitializeResult(capabilities, new ServerInfo("berth", BerthVersion.Current)));
    }
}
