using Berth.LanguageServer.Server;
using Newtonsoft.Json.Linq;
using StreamJsonRpc;

namespace Berth.LanguageServer.Handlers;

/// <summary>
/// The files outside the open documents that Berth's diagnostics depend on, and their registration with a client
/// that can watch files for us (client/registerCapability for workspace/didChangeWatchedFiles).
/// </summary>
internal static class WatchedFiles
{
    public const string GlobPattern = "**/{berth.yaml,berth.yml,berth.json,.dockerignore,*.dockerignore,.hadolint.yaml,.hadolint.yml}";

    // WatchKind.Create | WatchKind.Delete: edits to the contents of arbitrary files don't matter to any rule.
    private const int CreateOrDelete = 1 | 4;

    public static bool IsLintConfig(string uri)
    {
        var name = uri[(uri.LastIndexOf('/') + 1)..];
        return name is ".hadolint.yaml" or ".hadolint.yml";
    }

    /// <summary>Asks the client to watch <see cref="GlobPattern"/>, when it can; never waits for the answer.</summary>
    public static void Register(ServerSession session)
    {
        if (!session.ClientCapabilities.WorkspaceFlag("didChangeWatchedFiles", "dynamicRegistration")) return;
        var registration = new JObject
        {
            ["registrations"] = new JArray(new JObject
            {
                ["id"] = "berth-watched-files",
                ["method"] = "workspace/didChangeWatchedFiles",
                ["registerOptions"] = new JObject
                {
                    ["watchers"] = new JArray(
                        new JObject { ["globPattern"] = GlobPattern },
                        // A file created or deleted anywhere may be a COPY source: the build context rules must see it.
                        new JObject { ["globPattern"] = "**/*", ["kind"] = CreateOrDelete }),
                },
            }),
        };
        _ = Task.Run(async () =>
        {
            try
            {
                await session.Client.RequestAsync<JToken>("client/registerCapability", registration, CancellationToken.None).ConfigureAwait(false);
            }
            catch (RemoteInvocationException e)
            {
                session.Log.Warning($"The editor refused to watch manifests and ignore files ({e.Message}); diagnostics update when a document is edited.");
            }
            catch (Exception e) when (e is ConnectionLostException or ObjectDisposedException)
            {
                // The editor has gone.
            }
        });
    }
}
