using Berth.Dockerfile.LanguageService.Completion;
using Berth.Dockerfile.LanguageService.Symbols;

namespace Berth.Dockerfile.Tests.LanguageService;

/// <summary>Variables after <c>$</c> / <c>${</c> wherever Docker expands them, and nowhere it doesn't.</summary>
public sealed class VariableCompletionTests
{
    private const string Head = "FROM alpine\nARG A=1\nENV B=2\n";

    private static IReadOnlyList<CompletionEntry> Complete(string marked)
    {
        var (document, offset) = Caret.Parse(marked);
        return CompletionService.Complete(document, SymbolTableCache.Of(document), offset);
    }

    private static void OffersVariables(string marked)
    {
        var items = Complete(marked);
        Assert.Contains(items, i => i.Label == "A" && i.Kind == CompletionEntryKind.Variable && i.Detail == "ARG = 1");
        Assert.Contains(items, i => i.Label == "B" && i.Kind == CompletionEntryKind.Variable);
        Assert.DoesNotContain(items, i => i.Kind is CompletionEntryKind.Keyword or CompletionEntryKind.Snippet);
    }

    [Theory]
    [InlineData(Head + "RUN echo $|")]
    [InlineData(Head + "RUN echo ${|")]
    [InlineData(Head + "RUN echo \"$|\"\n")]
    [InlineData(Head + "RUN echo \"x${|\"\n")]
    [InlineData(Head + "RUN echo a:$|b\n")]
    [InlineData(Head + "ENV C=$|\n")]
    [InlineData(Head + "ENV C=${A:-$|}\n")]
    [InlineData(Head + "LABEL x=\"v$|\"\n")]
    [InlineData(Head + "ONBUILD RUN echo $|\n")]
    public void After_a_dollar_anywhere_in_an_instruction(string marked) => OffersVariables(marked);

    [Theory]
    [InlineData(Head + "RUN echo a \\\n$|")]
    [InlineData(Head + "RUN echo a \\\n    $|\n")]
    [InlineData(Head + "RUN echo a \\\n  ${|\n  && true\n")]
    [InlineData(Head + "RUN echo a \\\n\n  $|\n")]
    [InlineData(Head + "RUN echo a \\\n# comment\n  $|\n")]
    [InlineData("# escape=`\n" + Head + "RUN echo a `\n  $|\n")]
    [InlineData(Head + "RUN echo a \\\r\n  $|\r\n")]
    public void After_a_dollar_on_a_continuation_line(string marked) => OffersVariables(marked);

    [Theory]
    [InlineData(Head + "RUN echo a \\\n|")]
    [InlineData(Head + "RUN echo a \\\n    |\n")]
    [InlineData(Head + "RUN echo a \\\n\n|\n  b\n")]
    public void A_blank_continuation_line_is_inside_its_instruction(string marked)
    {
        var items = Complete(marked);
        Assert.DoesNotContain(items, i => i.Kind is CompletionEntryKind.Keyword or CompletionEntryKind.Snippet);
    }

    [Theory]
    [InlineData(Head + "RUN <<EOF\necho $|\nEOF\n")]
    [InlineData(Head + "RUN <<EOF\necho \"${|\"\nEOF\n")]
    [InlineData(Head + "RUN <<-EOF\n\techo $|\n\tEOF\n")]
    [InlineData(Head + "COPY <<EOF /etc/app.conf\nkey=$|\nEOF\n")]
    [InlineData(Head + "RUN <<EOF\necho $|")]
    [InlineData(Head + "RUN cat <<A <<B\nfirst\nA\n$|\nB\n")]
    public void After_a_dollar_in_a_heredoc_body_that_expands(string marked) => OffersVariables(marked);

    [Theory]
    [InlineData(Head + "RUN <<'EOF'\necho $|\nEOF\n")]
    [InlineData(Head + "RUN <<\"EOF\"\necho ${|\nEOF\n")]
    [InlineData(Head + "COPY <<'EOF' /etc/app.conf\nkey=$|\nEOF\n")]
    [InlineData(Head + "RUN <<EOF\necho hi\n|\nEOF\n")]
    public void Nothing_in_a_quoted_heredoc_body_or_without_a_dollar(string marked) => Assert.Empty(Complete(marked));

    [Fact]
    public void The_replaced_span_is_the_name_after_the_dollar_and_a_brace_is_closed_only_when_missing()
    {
        var (document, offset) = Caret.Parse(Head + "RUN <<EOF\necho ${|AB}\nEOF\n");
        var item = CompletionService.Complete(document, SymbolTableCache.Of(document), offset).Single(i => i.Label == "A");
        Assert.Equal(offset, item.ReplaceSpan.Start);
        Assert.Equal(offset + 2, item.ReplaceSpan.End);
        Assert.Equal("A", item.InsertText);
        var open = Complete(Head + "RUN <<EOF\necho ${|\nEOF\n").Single(i => i.Label == "A");
        Assert.Equal("A}", open.InsertText);
    }
}
