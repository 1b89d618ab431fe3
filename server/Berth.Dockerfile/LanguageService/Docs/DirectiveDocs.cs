namespace Berth.Dockerfile.LanguageService.Docs;

/// <summary>The parser directives (<c># name=value</c> lines at the very top of a Dockerfile).</summary>
public static class DirectiveDocs
{
    public static readonly FlagDoc[] All =
    [
        new("syntax", "Chooses the Dockerfile frontend (BuildKit) that builds this file; pin a major version to get new features safely.",
            "# syntax=docker/dockerfile:1", ["docker/dockerfile:1", "docker/dockerfile:1-labs"]),
        new("escape", "Sets the character that escapes characters and continues lines: \\ (default) or ` (handy on Windows paths).",
            "# escape=`", ["\\", "`"]),
        new("check", "Configures BuildKit's build checks: skip rules, or fail the build on warnings.",
            "# check=skip=JSONArgsRecommended;error=true", ["skip=", "error=true", "skip=all"]),
    ];

    public static FlagDoc? Find(string name) => All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    public static string ToMarkdown(FlagDoc doc) => $"**# {doc.Name}=** — {doc.Summary}\n\n```dockerfile\n{doc.Example}\n```";
}
