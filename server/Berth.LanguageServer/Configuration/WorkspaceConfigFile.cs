using Berth.Dockerfile.Linting;
using Berth.LanguageServer.Server;
using Berth.Workspace.Configuration;
using Berth.Workspace.Files;

namespace Berth.LanguageServer.Configuration;

/// <summary>
/// The workspace's .hadolint.yaml, found the way hadolint finds it from the workspace root, as the base of the
/// lint settings. Read at initialize and again whenever the client reports that such a file changed.
/// </summary>
internal static class WorkspaceConfigFile
{
    public static void Load(ServerSession session, string rootPath, bool reload)
    {
        var found = HadolintConfigLocator.Find(rootPath);
        if (found is null)
        {
            // A deleted file's settings stop applying.
            if (reload) session.Settings.UseConfigFile(LintSettings.Default);
            return;
        }
        try
        {
            var config = LintConfigFile.Load(found, found);
            foreach (var problem in config.Problems) session.Log.Warning(problem);
            session.Settings.UseConfigFile(config.Settings);
            session.Log.Info($"Using lint settings from {found}.");
        }
        catch (WorkspaceException e)
        {
            session.Log.Warning($"{e.Message} Lint settings from it are not applied.");
        }
    }
}
