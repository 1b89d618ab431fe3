using Berth.Dockerfile.Diagnostics;
using Berth.Workspace.Configuration;
using Berth.Workspace.Files;

namespace Berth.Workspace.Tests;

public sealed class HadolintConfigLocatorTests
{
    [Fact]
    public void The_working_folder_wins_over_the_user_configuration()
    {
        using var folder = new TempFolder();
        var project = folder.Write("project/.hadolint.yaml", "ignored: [DL3006]\n");
        folder.Write("home/.config/hadolint.yaml", "ignored: [DL3008]\n");

        var found = HadolintConfigLocator.Find(Path.Combine(folder.Path, "project"), null, Path.Combine(folder.Path, "home"));

        Assert.Equal(project, found);
    }

    [Fact]
    public void The_user_locations_are_tried_in_hadolints_order()
    {
        using var folder = new TempFolder();
        var home = Path.Combine(folder.Path, "home");
        var xdg = Path.Combine(folder.Path, "xdg");
        folder.Write("home/.hadolint.yaml", "{}\n");
        Assert.Equal(Path.Combine(home, ".hadolint.yaml"), HadolintConfigLocator.Find(Path.Combine(folder.Path, "work"), xdg, home));

        var dotConfig = folder.Write("home/.config/hadolint.yml", "{}\n");
        Assert.Equal(dotConfig, HadolintConfigLocator.Find(Path.Combine(folder.Path, "work"), xdg, home));

        var xdgFile = folder.Write("xdg/hadolint.yaml", "{}\n");
        Assert.Equal(xdgFile, HadolintConfigLocator.Find(Path.Combine(folder.Path, "work"), xdg, home));
    }

    [Fact]
    public void No_file_anywhere_finds_nothing()
    {
        using var folder = new TempFolder();
        Assert.Null(HadolintConfigLocator.Find(folder.Path, Path.Combine(folder.Path, "xdg"), Path.Combine(folder.Path, "home")));
    }

    [Fact]
    public void A_config_file_is_read_with_its_problems_named_by_path()
    {
        using var folder = new TempFolder();
        var path = folder.Write(".hadolint.yaml", "ignored:\n  - DL3006\noverride:\n  error:\n    - DL3008\nfailure-threshold: warning\ncolour: red\n");

        var config = LintConfigFile.Load(".hadolint.yaml", path);

        Assert.Equal(["DL3006"], config.Settings.Ignored);
        Assert.Equal(Severity.Error, config.Settings.SeverityOverrides["DL3008"]);
        Assert.Equal(Severity.Warning, config.Settings.FailureThreshold);
        Assert.StartsWith(".hadolint.yaml: line 7: unknown setting 'colour'", Assert.Single(config.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_config_file_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<WorkspaceException>(() => LintConfigFile.Load("ci/.hadolint.yaml", Path.Combine(folder.Path, "ci", ".hadolint.yaml")));
        Assert.Equal("ci/.hadolint.yaml: no such file or folder. Check the path.", error.Message);
    }
}
