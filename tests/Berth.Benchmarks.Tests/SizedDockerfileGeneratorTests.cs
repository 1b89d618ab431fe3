using System.Text.RegularExpressions;
using Berth.Benchmarks.Corpus;

namespace Berth.Benchmarks.Tests;

public sealed class SizedDockerfileGeneratorTests
{
    public static TheoryData<int> Sizes => new(SizedDockerfileGenerator.StandardSizes.Concat([1, 7, 55, 333]));

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Has_exactly_the_requested_number_of_lines(int lines)
    {
        var text = SizedDockerfileGenerator.Generate(lines);

        Assert.Equal(lines, text.Count(c => c == '\n'));
        Assert.EndsWith("\n", text);
        Assert.DoesNotContain('\r', text);
    }

    [Fact]
    public void Is_the_same_text_every_time_and_differs_by_seed()
    {
        var first = SizedDockerfileGenerator.Generate(10_000);
        var second = SizedDockerfileGenerator.Generate(10_000);
        var otherSeed = SizedDockerfileGenerator.Generate(10_000, seed: 2);

        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    [Fact]
    public void A_larger_size_is_not_a_prefix_copy_of_a_smaller_one()
    {
        // Each size is seeded by its own line count, so the 10k file is not the 1k file plus more.
        var small = SizedDockerfileGenerator.Generate(1_000);
        var large = SizedDockerfileGenerator.Generate(10_000);

        Assert.False(large.StartsWith(small, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(10_000)]
    [InlineData(50_000)]
    public void Contains_every_construct_the_benchmark_needs(int lines)
    {
        var text = SizedDockerfileGenerator.Generate(lines);
        var all = text.Split('\n');

        Assert.True(Regex.Count(text, @"^FROM .* AS stage-\d+$", RegexOptions.Multiline) >= 5, "multi-stage build");
        Assert.Contains("FROM --platform=$BUILDPLATFORM ${BASE_IMAGE} AS stage-0", text);
        Assert.Matches(@"(?m)^ARG COMPONENT_\d+_VERSION=", text);
        Assert.Matches(@"(?m)^    COMPONENT_VERSION=\$\{COMPONENT_\d+_VERSION\}", text); // ARG referenced from ENV
        Assert.Matches(@"(?m)^ENV LEGACY_NAME_\d+ component-\d+$", text); // legacy ENV form
        Assert.Contains("${TARGETARCH:-amd64}", text); // reference with a modifier
        Assert.True(LongestContinuation(all) >= 12, "a long RUN continuation");
        Assert.Contains("# a comment inside the continuation is allowed and kept", text);
        Assert.Matches(@"(?m)^RUN <<EOF$[\s\S]*?^EOF$", text);
        Assert.Matches("(?m)^COPY <<-\"CONF\" .*$[\\s\\S]*?^\tCONF$", text);
        Assert.Matches(@"(?m)^COPY <<FILE1 <<FILE2 ", text);
        Assert.Matches(@"(?m)^COPY --from=stage-\d+ ", text);
        Assert.Matches(@"(?m)^# ", text);
        Assert.Matches(@"(?m)^(RUNN |EXPOSE 99999|COPY --from=no-such-stage|WORKDIR relative|HEALTHCHECK --interval=soon)", text);
        Assert.StartsWith("# syntax=docker/dockerfile:1.7\n", text);
    }

    [Fact]
    public void Every_heredoc_it_opens_is_closed()
    {
        var lines = SizedDockerfileGenerator.Generate(10_000).Split('\n');

        var opened = lines.Count(l => l.StartsWith("RUN <<EOF", StringComparison.Ordinal));
        var closed = lines.Count(l => l == "EOF");
        Assert.True(opened > 10);
        Assert.Equal(opened, closed);
        Assert.Equal(lines.Count(l => l.StartsWith("COPY <<-\"CONF\"", StringComparison.Ordinal)), lines.Count(l => l == "\tCONF"));
    }

    [Fact]
    public void Refuses_a_size_below_one_line()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SizedDockerfileGenerator.Generate(0));
    }

    private static int LongestContinuation(string[] lines)
    {
        int best = 0, run = 0;
        foreach (var line in lines)
        {
            // Comment and empty lines inside a continuation don't end it.
            if (line.EndsWith('\\') || (run > 0 && (line.Length == 0 || line.StartsWith('#')))) best = Math.Max(best, ++run);
            else run = 0;
        }
        return best;
    }
}
