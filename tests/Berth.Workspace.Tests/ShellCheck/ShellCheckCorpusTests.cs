using Berth.Dockerfile;
using Berth.Dockerfile.Linting;
using Berth.Dockerfile.Syntax;
using Berth.Workspace.Files;
using Berth.Workspace.ShellCheck;

namespace Berth.Workspace.Tests.ShellCheck;

/// <summary>The real shellcheck over every fixture Dockerfile: each finding lands inside the RUN it came from.</summary>
public sealed class ShellCheckCorpusTests
{
    [Fact]
    public async Task Every_finding_on_the_fixture_corpus_lies_inside_its_run_instruction()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(root.FullName, "LanguageServer.sln"))) root = root.Parent!;
        var files = Directory.EnumerateFiles(Path.Combine(root.FullName, "tests", "fixtures"), "*", SearchOption.AllDirectories)
            .Where(p => DockerfileNames.IsDockerfileName(Path.GetFileName(p))).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var log = new List<string>();
        var service = new ShellCheckService(log.Add);
        var checkedFindings = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var document = DockerfileDocument.Parse(text);
            var runs = document.Syntax.Instructions.Where(i => (i.Trigger ?? i).Kind == InstructionKind.Run).ToList();
            foreach (var finding in await service.CheckAsync(document, LintSettings.Default, null, CancellationToken.None))
            {
                Assert.True(finding.Code.StartsWith("SC", StringComparison.Ordinal), finding.Code);
                Assert.True(runs.Any(r => r.FullSpan.Contains(finding.Span.Start) && finding.Span.End <= r.FullSpan.End),
                    $"{file}: {finding.Code} at {finding.Span} is outside every RUN");
                checkedFindings++;
            }
        }
        Assert.Empty(log);
        Assert.True(checkedFindings > 0, "the corpus should give ShellCheck something to say");
    }
}
