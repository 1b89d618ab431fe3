using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using StreamJsonRpc;

namespace Berth.LanguageServer.Handlers.Commands;

/// <summary>
/// Asks the user (window/showMessageRequest) before berth.run removes a container that already has the name it
/// wants. Only the "Replace" answer replaces it; dismissing the question, or an editor that cannot ask, keeps
/// the container and the run fails with a message saying so.
/// </summary>
public static class ReplaceConfirmation
{
    public const string Replace = "Replace";

    public const string Keep = "Keep it";

    public static async Task<bool> AskAsync(ServerSession session, string containerName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var question = new ShowMessageRequestParams(MessageType.Warning,
            $"A container named {containerName} already exists. Replace it (it is stopped and removed)?",
            [new MessageActionItem(Replace), new MessageActionItem(Keep)]);
        try
        {
            var answer = await session.Client.RequestAsync<MessageActionItem>("window/showMessageRequest", question, cancellationToken).ConfigureAwait(false);
            return answer?.Title == Replace;
        }
        catch (RemoteInvocationException e)
        {
            // The editor could not ask: keeping the container is the safe answer.
            session.Log.Warning($"The editor could not ask whether to replace {containerName} ({e.Message}); it was kept.");
            return false;
        }
    }
}

/// <summary>window/showMessageRequest params: a message and the buttons offered.</summary>
public sealed record ShowMessageRequestParams(MessageType Type, string Message, IReadOnlyList<MessageActionItem> Actions);

/// <summary>One button of a window/showMessageRequest, and the answer naming the one picked.</summary>
public sealed record MessageActionItem(string Title);
