using Berth.Dockerfile.Linting;
using Berth.Workspace.Files;

namespace Berth.Workspace.Configuration;

/// <summary>A .hadolint.yaml read from disk: its settings, and its problems each prefixed with the file's path.</summary>
public sealed record LintConfigFile(string Path, LintSettings Settings, IReadOnlyList<string> Problems)
{
    /// <summary>Reads and parses the file; an unreadable file is a <see cref="WorkspaceException"/>.</summary>
    public static LintConfigFile Load(string displayPath, string fullPath)
    {
        var file = SourceFile.Read(displayPath, fullPath);
        var result = HadolintConfig.Parse(file.Text);
        return new LintConfigFile(displayPath, result.Settings, result.Errors.Select(e => $"{displayPath}: {e}").ToList());
    }
}
