using Berth.LanguageServer.Protocol;
using Berth.LanguageServer.Server;
using StreamJsonRpc;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// One LSP method. A handler translates: it reads the params, asks the document snapshot (or the session)
/// for the answer, and converts that answer to LSP types. It advertises its own capability, so the server
/// claims exactly what is registered. See server/Berth.LanguageServer/README.md for how to add one.
/// </summary>
public abstract class LspHandler
{
    /// <summary>The LSP method name, e.g. "textDocument/hover".</summary>
    public abstract string Method { get; }

    /// <summary>Adds this method's server capability (e.g. hoverProvider), given what the client supports.</summary>
    public virtual void Advertise(ServerCapabilities capabilities, ClientCapabilities client)
    {
    }

    internal abstract void Attach(JsonRpc rpc, ServerSession session);
}
