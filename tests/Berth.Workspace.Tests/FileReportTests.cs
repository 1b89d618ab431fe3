using Berth.Dockerfile.Linting;
using Berth.Workspace.Files;
using Berth.Workspace.Linting;

namespace Berth.Workspace.Tests;

public sealed class FileReportTests
{
    [Fact]
    public void Lints_a_file_with_the_given_settings()
    {
        var file = new SourceFile("Dockerfile", "/nowhere/Dockerfile", "FROM alpine:3.20\nFORM x\n");

        var all = FileReport.Lint(file, LintSettings.Default);
        var ignoring = FileReport.Lint(file, new LintSettings { Ignored = ["BER0001"] });

        Assert.Contains(all.Diagnostics, d => d.Code == "BER0001");
        Assert.DoesNotContain(ignoring.Diagnostics, d => d.Code == "BER0001");
        Assert.Same(file, all.File);
    }
}
