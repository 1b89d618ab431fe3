using Berth.Dockerfile.BuildContext;
using Berth.Dockerfile.Linting;
using Berth.LanguageServer.Configuration;
using Berth.LanguageServer.Diagnostics;
using Berth.LanguageServer.Documents;
using Berth.LanguageServer.Protocol;
using Berth.Workspace.BuildContexts;
using Newtonsoft.Json;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>
/// The editor's diagnostics of an edited Dockerfile come stage by stage from what the previous version found; they
/// must be exactly what checking the whole text gives, with the untouched stages' diagnostics reused as they are.
/// </summary>
public sealed class DockerfileLintCacheTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("berth-lint-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Stages(int count) => string.Concat(Enumerable.Range(0, count).Select(s =>
        $"# stage {s}\nFROM debian:12 AS s{s}\nRUN apt-get update && apt-get install curl\nWORKDIR app\nRUN cd /x && make\nCOPY missing-{s}.txt /app/\n\n"));

    private static string Json(IEnumerable<Diagnostic> diagnostics) => JsonConvert.SerializeObject(diagnostics.ToArray(), Formatting.None);

    [Fact]
    public void Each_version_gets_the_diagnostics_of_its_whole_text_and_untouched_stages_keep_their_objects()
    {
        var cache = new DockerfileLintCache();
        var uri = new Uri(Path.Combine(_folder, "Dockerfile")).AbsoluteUri;
        var text = Stages(6);
        var versions = new[]
        {
            text,
            text.Insert(text.IndexOf("make", text.IndexOf("stage 3", StringComparison.Ordinal), StringComparison.Ordinal), "x"), // typing
            text.Insert(text.IndexOf("WORKDIR", text.IndexOf("stage 2", StringComparison.Ordinal), StringComparison.Ordinal), "RUN echo\n"), // a new line
            text.Replace("s4", "renamed", StringComparison.Ordinal), // a FROM line: the whole file
        };
        IReadOnlyList<Diagnostic>? previous = null;
        for (var v = 0; v < versions.Length; v++)
        {
            var snapshot = new DocumentSnapshot(uri, "dockerfile", v + 1, versions[v]);
            var actual = cache.Compute(snapshot, LintSettings.Default, () => DiskBuildContext.ForDockerfile(new Uri(uri).LocalPath), CancellationToken.None);
            var expected = DocumentDiagnostics.Compute(snapshot, BerthSettings.Default, CancellationToken.None);
            Assert.Equal(Json(expected), Json(actual));
            if (v == 1)
            {
                // Typing in stage 3 leaves stage 0's and stage 5's diagnostics as they were: the very same objects.
                Assert.Same(previous![0], actual[0]);
                Assert.Same(previous[^1], actual[^1]);
            }
            previous = actual;
        }
    }

    [Fact]
    public void Findings_of_one_rule_share_one_help_link()
    {
        // A 50,000-line file has ~16,000 findings; a link object and string each was megabytes kept for their life.
        var uri = new Uri(Path.Combine(_folder, "Dockerfile")).AbsoluteUri;
        var diagnostics = new DockerfileLintCache().Compute(new DocumentSnapshot(uri, "dockerfile", 1, Stages(4)), LintSettings.Default,
            () => null, CancellationToken.None);

        var workdir = diagnostics.Where(d => d.Code == "DL3003").ToList();
        Assert.Equal(4, workdir.Count);
        Assert.Equal("https://github.com/berth-tools/berth/blob/main/docs/rules/DL3003.md", workdir[0].CodeDescription?.Href);
        Assert.All(workdir, d => Assert.Same(workdir[0].CodeDescription, d.CodeDescription));
        Assert.NotEqual(workdir[0].CodeDescription, diagnostics.First(d => d.Code != "DL3003").CodeDescription);
    }

    [Fact]
    public void A_created_source_file_counts_once_the_build_contexts_are_forgotten()
    {
        var cache = new DockerfileLintCache();
        var path = Path.Combine(_folder, "Dockerfile");
        var uri = new Uri(path).AbsoluteUri;
        var text = Stages(3);
        IBuildContext? Read() => DiskBuildContext.ForDockerfile(path);
        var first = cache.Compute(new DocumentSnapshot(uri, "dockerfile", 1, text), LintSettings.Default, Read, CancellationToken.None);
        Assert.Contains(first, d => d.Code == "BER0030" && d.Message.Contains("missing-0.txt", StringComparison.Ordinal));

        File.WriteAllText(Path.Combine(_folder, "missing-0.txt"), "now here\n");
        cache.ForgetFindings(); // what a watched file's creation does
        var edited = text.Insert(text.IndexOf("make", StringComparison.Ordinal), "x");
        var second = cache.Compute(new DocumentSnapshot(uri, "dockerfile", 2, edited), LintSettings.Default, Read, CancellationToken.None);
        Assert.DoesNotContain(second, d => d.Code == "BER0030" && d.Message.Contains("missing-0.txt", StringComparison.Ordinal));
        Assert.Contains(second, d => d.Code == "BER0030" && d.Message.Contains("missing-1.txt", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_dockerignore_changes_the_context_and_the_whole_file_is_checked_again()
    {
        var cache = new DockerfileLintCache();
        var path = Path.Combine(_folder, "Dockerfile");
        var uri = new Uri(path).AbsoluteUri;
        var text = "FROM alpine:3.20 AS a\nCOPY notes.md /app/\n\nFROM alpine:3.20 AS b\nRUN echo\n";
        File.WriteAllText(Path.Combine(_folder, "notes.md"), "n\n");
        IBuildContext? Read() => DiskBuildContext.ForDockerfile(path);
        Assert.DoesNotContain(cache.Compute(new DocumentSnapshot(uri, "dockerfile", 1, text), LintSettings.Default, Read, CancellationToken.None), d => d.Code == "CopyIgnoredFile");

        // No watcher told us; the context is read again with the next version all the same, and it is another one.
        File.WriteAllText(Path.Combine(_folder, ".dockerignore"), "*.md\n");
        var edited = text.Replace("echo", "echo x", StringComparison.Ordinal); // an edit in the other stage
        var second = cache.Compute(new DocumentSnapshot(uri, "dockerfile", 2, edited), LintSettings.Default, Read, CancellationToken.None);
        Assert.Contains(second, d => d.Code == "CopyIgnoredFile");
    }
}
