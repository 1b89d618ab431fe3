using System.Text;
using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests.Syntax;

/// <summary>
/// Analysing a version must cost work in proportion to the file: counted here as bytes allocated (deterministic,
/// unlike time), for a file and the same file ten times over. Anything quadratic (a per-character map per
/// instruction, a walk over all stages per stage reference, a rule re-walking the tree per instruction) shows up
/// as a ratio far above ten.
/// </summary>
public sealed class ScalingTests
{
    private static string Stages(int count)
    {
        var text = new StringBuilder("# syntax=docker/dockerfile:1\nARG BASE=debian:bookworm-slim\n");
        for (var i = 0; i < count; i++)
        {
            text.Append($"FROM ${{BASE}} AS stage-{i}\n");
            text.Append($"ARG VERSION_{i}=1.{i}\nENV HOME_{i}=/opt/{i} \\\n    PATH=/opt/{i}/bin:$PATH\n");
            text.Append("RUN set -eux; \\\n    apt-get update; \\\n# a comment\n    apt-get install -y curl git \\\n        make; \\\n    rm -rf /var/lib/apt/lists/*\n");
            text.Append("RUN <<EOF\necho \"${VERSION_").Append(i).Append("}\" > /version\nEOF\n");
            if (i > 0) text.Append($"COPY --from=stage-{i - 1} /opt/{i - 1} /opt/{i}\n");
            text.Append($"LABEL version=\"${{VERSION_{i}}}\"\nCMD [\"run\", \"{i}\"]\n\n");
        }
        return text.ToString();
    }

    private static long AllocatedBy(Action action)
    {
        action(); // first run: JIT and static caches
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Parsing_allocates_in_proportion_to_the_file()
    {
        var small = Stages(40);
        var large = Stages(400);
        var ratio = (double)AllocatedBy(() => DockerfileDocument.Parse(large)) / AllocatedBy(() => DockerfileDocument.Parse(small));
        Assert.InRange(ratio, 8, 12);
    }

    [Fact]
    public void Linting_allocates_in_proportion_to_the_file()
    {
        var small = DockerfileDocument.Parse(Stages(40));
        var large = DockerfileDocument.Parse(Stages(400));
        var ratio = (double)AllocatedBy(() => Linter.Lint(large, LintSettings.Default)) / AllocatedBy(() => Linter.Lint(small, LintSettings.Default));
        Assert.InRange(ratio, 8, 12);
    }

    [Fact]
    public void A_one_line_instruction_costs_no_per_character_map()
    {
        // 2,000 one-line instructions of 200 characters. The logical text and the argument words are copies (about
        // 4 bytes per character); a per-character offset map (an int per character, grown in a list) would add
        // 12 more.
        var text = new StringBuilder("FROM alpine\n");
        for (var i = 0; i < 2000; i++) text.Append("RUN echo ").Append('x', 190).Append('\n');
        var source = text.ToString();
        var bytes = AllocatedBy(() => Berth.Dockerfile.Syntax.DockerfileSyntax.Parse(source));
        Assert.True(bytes < 16L * source.Length, $"Parsing {source.Length} characters allocated {bytes} bytes.");
    }

    [Fact]
    public void A_tree_holds_exact_arrays_and_shares_what_repeats()
    {
        // A tree is kept per version of the document (about 21 MB at 50,000 lines): growable lists with spare
        // capacity, an empty list per instruction for each absent part, and a copy of "RUN" per RUN cost a quarter
        // more than the tree itself.
        var syntax = Berth.Dockerfile.Syntax.DockerfileSyntax.Parse(
            "FROM alpine AS base\nRUN echo a\nRUN --mount=type=cache,target=/c echo b \\\n# inside\n  c\n# note\n\nrun lower $HOME\n");
        var runs = syntax.Instructions.Where(i => i.Kind == Berth.Dockerfile.Syntax.InstructionKind.Run).ToList();

        Assert.Equal(3, runs.Count);
        Assert.Same(runs[0].Keyword, runs[1].Keyword);
        Assert.Equal("run", runs[2].Keyword);
        Assert.All(syntax.Nodes, node => Assert.IsType<Berth.Dockerfile.Syntax.SyntaxToken[]>(node.Tokens));
        Assert.All(syntax.Instructions, i => Assert.IsType<Berth.Dockerfile.Syntax.ArgumentSyntax[]>(i.Arguments));
        Assert.Same(Array.Empty<Berth.Dockerfile.Syntax.FlagSyntax>(), runs[0].Flags);
        Assert.Same(Array.Empty<Berth.Dockerfile.Text.TextSpan>(), runs[0].Comments);
        Assert.Same(Array.Empty<Berth.Dockerfile.Syntax.VariableReferenceSyntax>(), runs[0].Variables);
        Assert.Single(runs[1].Flags);
        Assert.Single(runs[1].Comments);
        Assert.Single(runs[2].Variables);
        Assert.Equal(syntax.Text, syntax.ToFullString());
    }
}
