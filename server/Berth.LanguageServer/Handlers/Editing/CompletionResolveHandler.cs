using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Protocol.Editing;
using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Handlers.Editing;

/// <summary>completionItem/resolve: adds the documentation of an item, found again from the position it was offered at.</summary>
public sealed class CompletionResolveHandler(ServerSession session) : RequestHandler<CompletionItem, CompletionItem>
{
    public override string Method => "completionItem/resolve";

    public override Task<CompletionItem> HandleAsync(CompletionItem parameters, CancellationToken cancellationToken)
    {
        if (parameters.Data is not { } data || (string?)data["uri"] is not { } uri || data["offset"] is null) return Task.FromResult(parameters);
        var snapshot = session.Dockerfile(uri);
        if (snapshot is null || (int?)data["version"] != snapshot.Version) return Task.FromResult(parameters);
        var entry = CompletionHandler.Complete(snapshot, (int)data["offset"]!, session).FirstOrDefault(e => e.Label == parameters.Label);
        if (entry?.Documentation is not { } documentation) return Task.FromResult(parameters);
        return Task.FromResult(parameters with { Documentation = MarkupContent.Markdown(documentation) });
    }
}
