using System.Text;
using Berth.Workspace.Files;

namespace Berth.Workspace.Tests;

public sealed class SourceFileTests
{
    [Fact]
    public void Reads_UTF8_text_exactly_keeping_a_BOM_and_CRLF()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "Dockerfile");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("FROM alpine\r\n# 日本語 😀\r\n")]);

        var file = SourceFile.Read("Dockerfile", path);

        Assert.Equal("\uFEFFFROM alpine\r\n# 日本語 😀\r\n", file.Text);
        Assert.Equal("Dockerfile", file.DisplayPath);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error_naming_the_path_as_typed()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<WorkspaceException>(() => SourceFile.Read("app/Dockerfile", Path.Combine(folder.Path, "app", "Dockerfile")));
        Assert.Equal("app/Dockerfile: no such file or folder. Check the path.", error.Message);
    }

    [Fact]
    public void A_folder_given_as_a_file_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<WorkspaceException>(() => SourceFile.Read("dir", folder.Path));
        Assert.Equal("dir: is a folder, not a file. Pass a Dockerfile.", error.Message);
    }
}
