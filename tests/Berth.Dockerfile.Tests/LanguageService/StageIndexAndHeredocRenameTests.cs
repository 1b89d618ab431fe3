using Berth.Dockerfile.LanguageService.Formatting;
using Berth.Dockerfile.LanguageService.Hover;
using Berth.Dockerfile.LanguageService.Navigation;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Tests.LanguageService;

/// <summary><c>--from=0</c> and <c>--mount=from=</c> link to their stage; heredoc delimiter renames that would break the body are refused.</summary>
public sealed class StageIndexAndHeredocRenameTests
{
    private const string Stages = "FROM golang AS build\nRUN go build\nFROM alpine\nRUN true\nFROM scratch\nCOPY --from=0 /app /app\nCOPY --from=build /b /b\n"
        + "COPY --from=1 /etc /etc\nRUN --mount=type=bind,from=build,target=/src true\nRUN --mount=from=1,target=/x true\n";

    private static (SymbolTable Symbols, DockerfileDocument Document) Parse(string text)
    {
        var document = DockerfileDocument.Parse(text);
        return (SymbolTableCache.Of(document), document);
    }

    private static int Nth(string text, string needle, int n = 0)
    {
        var at = -1;
        for (var i = 0; i <= n; i++) at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' #{n} not in the text");
        return at;
    }

    private static string At(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    [Fact]
    public void An_index_reference_goes_to_its_stage_and_is_one_of_its_references()
    {
        var (symbols, _) = Parse(Stages);
        var zero = Nth(Stages, "--from=0") + 7;
        Assert.Equal([Nth(Stages, "build")], SymbolNavigation.Definition(symbols, zero).Select(s => s.Start));
        var references = SymbolNavigation.References(symbols, Nth(Stages, "build"), includeDeclaration: true).Select(s => At(Stages, s)).ToList();
        Assert.Equal(["build", "0", "build", "build"], references);
        var highlights = SymbolNavigation.Highlights(symbols, zero);
        Assert.Equal(4, highlights.Count);
        Assert.Single(highlights, h => h.IsDeclaration);
    }

    [Fact]
    public void An_unnamed_stage_is_reached_by_its_index_from_copy_and_mount()
    {
        var (symbols, _) = Parse(Stages);
        var one = Nth(Stages, "--from=1") + 7;
        var definition = Assert.Single(SymbolNavigation.Definition(symbols, one));
        Assert.Equal("FROM alpine", At(Stages, definition));
        var references = SymbolNavigation.References(symbols, one, includeDeclaration: false).Select(s => s.Start).ToList();
        Assert.Equal([one, Nth(Stages, "from=1,") + 5], references);
        Assert.Equal(3, SymbolNavigation.Highlights(symbols, Nth(Stages, "from=1,") + 5).Count);
    }

    [Fact]
    public void Renaming_a_stage_keeps_index_references_and_an_unnamed_stage_cannot_be_renamed()
    {
        var (symbols, _) = Parse(Stages);
        var result = SymbolNavigation.Rename(symbols, Nth(Stages, "--from=0") + 7, "compile");
        Assert.Null(result.Error);
        var renamed = DockerfileFormatter.Apply(Stages, result.Edits);
        Assert.Contains("FROM golang AS compile\n", renamed, StringComparison.Ordinal);
        Assert.Contains("COPY --from=0 /app", renamed, StringComparison.Ordinal);
        Assert.Contains("COPY --from=compile /b", renamed, StringComparison.Ordinal);
        Assert.Contains("from=compile,target=/src", renamed, StringComparison.Ordinal);
        Assert.DoesNotContain("=build", renamed, StringComparison.Ordinal);

        var (span, _, error) = SymbolNavigation.PrepareRename(symbols, Nth(Stages, "--from=1") + 7);
        Assert.Null(span);
        Assert.Contains("Stage 1 has no name", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_references_only_reach_earlier_stages()
    {
        const string text = "FROM alpine AS a\nCOPY --from=0 /x /y\nFROM alpine\nCOPY --from=7 /x /y\nCOPY --from=1 /x /y\n";
        var (symbols, _) = Parse(text);
        Assert.Empty(SymbolNavigation.Definition(symbols, Nth(text, "--from=0") + 7));
        Assert.Empty(SymbolNavigation.Definition(symbols, Nth(text, "--from=7") + 7));
        Assert.Empty(SymbolNavigation.Definition(symbols, Nth(text, "--from=1") + 7));
    }

    [Fact]
    public void Hover_on_an_index_reference_shows_the_stages_from_line()
    {
        var (symbols, document) = Parse(Stages);
        var named = HoverService.Hover(document, symbols, Nth(Stages, "--from=0") + 7)!;
        Assert.Contains("`build` (stage 0, line 1)", named.Markdown, StringComparison.Ordinal);
        Assert.Contains("FROM golang AS build", named.Markdown, StringComparison.Ordinal);
        var unnamed = HoverService.Hover(document, symbols, Nth(Stages, "from=1,") + 5)!;
        Assert.Contains("**Stage 1** (unnamed, line 3)", unnamed.Markdown, StringComparison.Ordinal);
        Assert.Contains("```dockerfile\nFROM alpine\n```", unnamed.Markdown, StringComparison.Ordinal);
        Assert.Equal("1", At(Stages, unnamed.Span));
    }

    [Fact]
    public void Semantic_tokens_classify_index_and_mount_stage_references()
    {
        var tokens = SemanticTokenizer.Tokenize(DockerfileDocument.Parse(Stages)).Select(t => (t.Line, t.Character, t.Length, t.Type)).ToList();
        Assert.Contains((5, 12, 1, SemanticTokenType.Class), tokens);
        Assert.Contains((7, 12, 1, SemanticTokenType.Class), tokens);
        // --mount=type=bind,from=build,target=/src: the stage name is cut out of the property value.
        Assert.Contains((8, 12, 15, SemanticTokenType.Property), tokens);
        Assert.Contains((8, 27, 5, SemanticTokenType.Class), tokens);
        Assert.Contains((8, 32, 12, SemanticTokenType.Property), tokens);
        Assert.Contains((9, 17, 1, SemanticTokenType.Class), tokens);
        // An index of the current or a later stage is not a stage reference.
        var later = SemanticTokenizer.Tokenize(DockerfileDocument.Parse("FROM alpine\nCOPY --from=0 /a /b\n")).Select(t => (t.Line, t.Character, t.Length, t.Type)).ToList();
        Assert.Contains((1, 12, 1, SemanticTokenType.Property), later);
    }

    [Theory]
    [InlineData("FROM a\nRUN <<EOF\necho one\nDONE\nEOF\n", "DONE", 2)]
    [InlineData("FROM a\nRUN <<\"EOF\"\necho one\nDONE\nEOF\n", "DONE", 2)]
    [InlineData("FROM a\nRUN <<'EOF'\nDONE\nEOF\n", "DONE", 1)]
    [InlineData("FROM a\nRUN <<-EOF\n\techo\n\t\tDONE\n\tEOF\n", "DONE", 2)]
    [InlineData("FROM a\r\nRUN <<EOF\r\nDONE\r\nEOF\r\n", "DONE", 1)]
    public void Renaming_a_delimiter_to_a_line_of_its_body_is_refused(string text, string newName, int bodyLine)
    {
        var (symbols, _) = Parse(text);
        var result = SymbolNavigation.Rename(symbols, Nth(text, "EOF"), newName);
        Assert.Empty(result.Edits);
        Assert.Equal($"Line {bodyLine} of the here-document's body is '{newName}' on its own, so that delimiter would end the here-document there; "
            + "choose a name that is not a whole line of the body.", result.Error);
    }

    [Theory]
    [InlineData("FROM a\nRUN <<EOF\nDONE now\n  DONE\nEOF\n", "FROM a\nRUN <<DONE\nDONE now\n  DONE\nDONE\n")]
    [InlineData("FROM a\nRUN <<\"EOF\"\nx\nEOF\n", "FROM a\nRUN <<\"DONE\"\nx\nDONE\n")]
    [InlineData("FROM a\nRUN <<'EOF'\nx\nEOF\n", "FROM a\nRUN <<'DONE'\nx\nDONE\n")]
    [InlineData("FROM a\nRUN <<-EOF\n\tx\n\tEOF\n", "FROM a\nRUN <<-DONE\n\tx\n\tDONE\n")]
    public void Renaming_a_delimiter_rewrites_the_marker_and_the_terminator_only(string text, string expected)
    {
        var (symbols, _) = Parse(text);
        var at = Nth(text, "EOF");
        var (span, placeholder, error) = SymbolNavigation.PrepareRename(symbols, at);
        Assert.Null(error);
        Assert.Equal("EOF", placeholder);
        Assert.Equal(at, span!.Value.Start);
        var result = SymbolNavigation.Rename(symbols, at, "DONE");
        Assert.Null(result.Error);
        Assert.Equal(expected, DockerfileFormatter.Apply(text, result.Edits));
        var linked = LinkedEditing.Ranges(symbols, at);
        Assert.Equal(2, linked.Count);
        Assert.All(linked, s => Assert.Equal("EOF", At(text, s)));
    }

    [Theory]
    [InlineData("TWO WORDS")]
    [InlineData("'Q'")]
    [InlineData("")]
    [InlineData("<<X")]
    public void A_delimiter_must_be_one_word(string newName)
    {
        const string text = "FROM a\nRUN <<EOF\nx\nEOF\n";
        var (symbols, _) = Parse(text);
        var result = SymbolNavigation.Rename(symbols, Nth(text, "EOF"), newName);
        Assert.Equal($"'{newName}' is not a valid here-document delimiter: use letters, digits, '_', '-' or '.'.", result.Error);
    }
}
