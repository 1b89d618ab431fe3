using Berth.Dockerfile.Syntax;
using CsCheck;

namespace Berth.Dockerfile.Tests.Syntax;

/// <summary>print(parse(x)) == x and the parser never throws, for generated and mutated inputs.</summary>
public sealed class RoundTripPropertyTests
{
    private const string Alphabet = "\\`#$ {}[]\"',:=-<>\n\r\t\fabcEFO01/.\uFEFF你😀";

    private static readonly string[] Fragments =
    [
        "FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "ARG ", "LABEL ", "CMD ", "ONBUILD ", "HEALTHCHECK ", "SHELL ", "EXPOSE ",
        "# escape=`\n", "# escape=\\\n", "# syntax=docker/dockerfile:1\n", "#check=skip=all\n", "<<EOF", "<<-EOF", "<<\"EOF\"",
        "<<'E'", "EOF", "\tEOF", "\\\n", "`\n", "\\\r\n", "\\", "\n", "\r\n", "\r", " ", "\t", "${A:-b}", "${", "}", "$A", "\\$",
        "[\"a\", \"b\"]", "[", "]", "\"", "'", "--from=", "--mount=type=cache,target=/x ", "--platform=$T ", " AS x", "=",
        "# comment\n", "你好", "😀", "\uFEFF", "CMD", "NONE",
    ];

    internal static void AssertRoundTrip(string text)
    {
        var document = DockerfileDocument.Parse(text);
        Assert.Equal(text, document.Syntax.ToFullString());
        var at = 0;
        foreach (var node in document.Syntax.Nodes)
        {
            Assert.Equal(at, node.FullSpan.Start);
            var tokenAt = at;
            foreach (var token in node.Tokens)
            {
                Assert.Equal(tokenAt, token.Span.Start);
                Assert.True(token.Span.Length > 0);
                tokenAt = token.Span.End;
            }
            Assert.Equal(node.FullSpan.End, tokenAt);
            at = node.FullSpan.End;
        }
        Assert.Equal(text.Length, at);
        var linted = Berth.Dockerfile.Linting.Linter.Lint(document, Berth.Dockerfile.Linting.LintSettings.Default);
        Berth.Dockerfile.Linting.FixApplier.FixAll(text, linted);
        foreach (var diagnostic in linted)
        {
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
        }
    }

    [Fact]
    public void Random_strings_over_a_dockerfile_alphabet_round_trip()
    {
        Gen.String[Gen.Char[Alphabet], 0, 300].Sample(AssertRoundTrip, iter: 3_000, threads: 1, seed: "9fnUBL_Ewdm1");
    }

    [Fact]
    public void Random_sequences_of_dockerfile_fragments_round_trip()
    {
        Gen.OneOf(Fragments).Array[0, 60].Select(parts => string.Concat(parts))
            .Sample(AssertRoundTrip, iter: 3_000, threads: 1, seed: "9fnUBL_Ewdm1");
    }

    [Fact]
    public void Random_utf16_strings_round_trip()
    {
        Gen.String[Gen.Char, 0, 200].Sample(AssertRoundTrip, iter: 1_500, threads: 1, seed: "aUfzDWfQTrc2");
    }
}
