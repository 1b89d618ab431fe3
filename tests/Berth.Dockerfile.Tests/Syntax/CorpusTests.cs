using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;
using CsCheck;

namespace Berth.Dockerfile.Tests.Syntax;

/// <summary>The realistic official-image style Dockerfiles under tests/fixtures/dockerfiles.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var path in Fixtures.DockerfilePaths()) data.Add(Path.GetFileName(path));
        return data;
    }

    private static string Read(string name) => File.ReadAllText(Path.Combine(Fixtures.Dockerfiles, name));

    [Fact]
    public void Corpus_has_a_dozen_files()
    {
        Assert.True(Fixtures.DockerfilePaths().Count >= 12);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Realistic_files_have_no_error_diagnostics(string name)
    {
        var text = Read(name);
        var document = DockerfileDocument.Parse(text);
        Assert.Equal(text, document.Syntax.ToFullString());
        Assert.NotEmpty(document.Semantics.Stages);
        var errors = Linter.Lint(document, LintSettings.Default).Where(d => d.Severity == Severity.Error)
            .Select(d => $"{d.Code} {document.Lines.PositionOf(d.Span.Start)} {d.Message}");
        Assert.Empty(errors);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Realistic_files_round_trip_with_crlf_line_endings(string name)
    {
        var text = Read(name).Replace("\n", "\r\n", StringComparison.Ordinal);
        var document = DockerfileDocument.Parse(text);
        Assert.Equal(text, document.Syntax.ToFullString());
        Assert.DoesNotContain(document.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void Truncations_and_splices_of_real_files_round_trip()
    {
        var texts = Fixtures.DockerfilePaths().Select(File.ReadAllText).ToArray();
        var gen = from a in Gen.Int[0, texts.Length - 1]
                  from b in Gen.Int[0, texts.Length - 1]
                  from i in Gen.Int[0, texts[a].Length]
                  from j in Gen.Int[0, texts[b].Length]
                  from k in Gen.Int[0, texts[b].Length]
                  select texts[a][..i] + texts[b][Math.Min(j, k)..Math.Max(j, k)];
        gen.Sample(RoundTripPropertyTests.AssertRoundTrip, iter: 1_500, threads: 1, seed: "aUfzDWfQTrc2");
    }

    [Fact]
    public void Every_prefix_of_a_heredoc_file_round_trips()
    {
        var text = Read("heredoc-app.Dockerfile");
        for (var i = 0; i <= text.Length; i += 7) RoundTripPropertyTests.AssertRoundTrip(text[..i]);
    }
}
