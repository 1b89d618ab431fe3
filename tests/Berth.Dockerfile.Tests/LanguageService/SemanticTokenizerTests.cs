using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Tests.LanguageService;

public sealed class SemanticTokenizerTests
{
    private static List<(int Line, int Character, int Length, SemanticTokenType Type, SemanticTokenModifiers Modifiers)> Tokens(string text, TextSpan? range = null) =>
        SemanticTokenizer.Tokenize(DockerfileDocument.Parse(text), range).Select(t => (t.Line, t.Character, t.Length, t.Type, t.Modifiers)).ToList();

    [Fact]
    public void Predefined_args_are_readonly_and_variables_cut_strings_around_them()
    {
        var tokens = Tokens("FROM alpine\nARG TARGETARCH\nENV A=\"x $TARGETARCH y\"\n");
        Assert.Contains((1, 4, 10, SemanticTokenType.Variable, SemanticTokenModifiers.Readonly), tokens);
        Assert.Contains((2, 6, 4, SemanticTokenType.String, SemanticTokenModifiers.None), tokens);
        Assert.Contains((2, 10, 10, SemanticTokenType.Variable, SemanticTokenModifiers.Readonly), tokens);
        Assert.Contains((2, 20, 3, SemanticTokenType.String, SemanticTokenModifiers.None), tokens);
    }

    [Fact]
    public void Directives_comments_heredoc_delimiters_and_flag_values()
    {
        var tokens = Tokens("# syntax=docker/dockerfile:1\n# note\nFROM alpine\nRUN --network=none <<EOF\nx\nEOF\n");
        Assert.Contains((0, 0, 8, SemanticTokenType.Macro, SemanticTokenModifiers.None), tokens);
        Assert.Contains((0, 9, 19, SemanticTokenType.String, SemanticTokenModifiers.None), tokens);
        Assert.Contains((1, 0, 6, SemanticTokenType.Comment, SemanticTokenModifiers.None), tokens);
        Assert.Contains((3, 14, 4, SemanticTokenType.Property, SemanticTokenModifiers.None), tokens);
        Assert.Contains((3, 19, 5, SemanticTokenType.Operator, SemanticTokenModifiers.None), tokens);
        Assert.Contains((5, 0, 3, SemanticTokenType.Operator, SemanticTokenModifiers.None), tokens);
        Assert.DoesNotContain(tokens, t => t.Line == 4);
    }

    [Fact]
    public void Tokens_are_ordered_and_never_overlap_over_the_corpus()
    {
        foreach (var (_, text) in FixtureCorpus.Texts())
        {
            var tokens = Tokens(text);
            for (var i = 1; i < tokens.Count; i++)
            {
                var a = tokens[i - 1];
                var b = tokens[i];
                Assert.True(b.Line > a.Line || (b.Line == a.Line && b.Character >= a.Character + a.Length), $"overlap at {b.Line}:{b.Character}");
            }
        }
    }

    [Fact]
    public void Range_requests_keep_stage_references_classified()
    {
        const string text = "FROM alpine AS a\nRUN x\nCOPY --from=a /x /y\n";
        var tokens = Tokens(text, TextSpan.FromBounds(text.IndexOf("COPY", StringComparison.Ordinal), text.Length));
        Assert.All(tokens, t => Assert.Equal(2, t.Line));
        Assert.Contains((2, 12, 1, SemanticTokenType.Class, SemanticTokenModifiers.None), tokens);
    }

    [Fact]
    public void Delta_is_the_middle_that_changed()
    {
        Assert.Null(SemanticTokenEncoding.Delta([1, 2, 3], [1, 2, 3]));
        var (start, deleteCount, data) = SemanticTokenEncoding.Delta([1, 2, 3], [1, 9, 9, 3])!.Value;
        Assert.Equal(1, start);
        Assert.Equal(1, deleteCount);
        Assert.Equal([9, 9], data);
    }
}
