using Berth.Benchmarks.Corpus;

namespace Berth.Benchmarks.Tests;

public sealed class RealisticCorpusTests
{
    [Fact]
    public void Makes_a_few_hundred_distinct_dockerfiles_of_every_kind()
    {
        var files = RealisticCorpus.Generate();

        Assert.Equal(RealisticCorpus.DefaultCount, files.Count);
        Assert.Equal(files.Count, files.Select(f => f.RelativePath).Distinct().Count());
        Assert.All(files, f => Assert.EndsWith("/Dockerfile", f.RelativePath));
        foreach (var kind in RealisticCorpus.Kinds)
            Assert.Contains(files, f => f.RelativePath.EndsWith($"-{kind}/Dockerfile", StringComparison.Ordinal));
        Assert.True(files.Select(f => f.Text).Distinct().Count() > files.Count * 9 / 10, "files differ from one another");
    }

    [Fact]
    public void Is_deterministic()
    {
        Assert.Equal(RealisticCorpus.Generate(50), RealisticCorpus.Generate(50));
        Assert.NotEqual(RealisticCorpus.Generate(50, seed: 1), RealisticCorpus.Generate(50, seed: 2));
    }

    [Fact]
    public void Looks_like_real_dockerfiles()
    {
        var texts = RealisticCorpus.Generate().Select(f => f.Text).ToList();

        Assert.All(texts, t => Assert.Matches(@"(?m)^FROM \S+", t));
        Assert.Contains(texts, t => t.Contains("RUN set -eux; \\\n", StringComparison.Ordinal)); // official-image style chain
        Assert.Contains(texts, t => t.Contains("RUN <<EOT\n", StringComparison.Ordinal)); // heredoc
        Assert.Contains(texts, t => t.Contains("COPY --from=", StringComparison.Ordinal)); // multi-stage
        Assert.Contains(texts, t => t.Contains("${NODE_VERSION}", StringComparison.Ordinal)); // ARG-driven versions
    }

    [Fact]
    public void Writes_the_files_where_lint_finds_them()
    {
        var folder = Path.Combine(Path.GetTempPath(), "berth-corpus-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = RealisticCorpus.WriteTo(folder, 12);

            Assert.Equal(12, written.Count);
            Assert.Equal(12, Directory.GetFiles(folder, "Dockerfile", SearchOption.AllDirectories).Length);
            Assert.Equal(RealisticCorpus.Generate(12)[3].Text, File.ReadAllText(written[3]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
