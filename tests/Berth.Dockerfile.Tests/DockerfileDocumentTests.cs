using Berth.Dockerfile.LanguageService.Completion;
using Berth.Dockerfile.LanguageService.Folding;
using Berth.Dockerfile.LanguageService.Formatting;
using Berth.Dockerfile.LanguageService.Hover;
using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.LanguageService.SemanticTokens;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests;

/// <summary>
/// A document builds its semantic model and first-set diagnostics on first use, once, and the editing features answer
/// from the syntax tree and the symbol table without them (after a keystroke, the first feature request on a large
/// file would otherwise pay for an analysis nothing it answers needs).
/// </summary>
public sealed class DockerfileDocumentTests
{
    private const string Text = """
        # syntax=docker/dockerfile:1
        ARG BASE=alpine:3.20
        FROM ${BASE} AS build
        ENV APP_HOME=/app
        RUN apk add --no-cache curl \
            && echo "${APP_HOME}"
        COPY <<EOF /etc/motd
        hello
        EOF
        FROM build
        COPY --from=build /app /app
        CMD ["sh"]
        """;

    [Fact]
    public void The_editing_features_answer_without_building_the_semantic_model()
    {
        var document = DockerfileDocument.Parse(Text);
        var symbols = SymbolTableCache.Of(document);
        var offset = Text.IndexOf("APP_HOME}", StringComparison.Ordinal);

        Assert.NotEmpty(DocumentOutline.Build(document, symbols));
        Assert.NotEmpty(SemanticTokenizer.Tokenize(document));
        Assert.NotEmpty(FoldingRegions.Compute(document, symbols));
        _ = DockerfileFormatter.Format(document);
        Assert.NotEmpty(CompletionService.Complete(document, symbols, offset));
        Assert.NotNull(HoverService.Hover(document, symbols, offset));

        Assert.False(document.HasBuiltSemantics);
    }

    [Fact]
    public void Linting_builds_the_model_once_and_finds_what_an_eager_analysis_finds()
    {
        var document = DockerfileDocument.Parse("FROM alpine AS a\nFROM alpine AS a\nCOPY --from=missing / /\nRUN echo $UNSET\n");
        Assert.False(document.HasBuiltSemantics);

        var findings = Linter.Lint(document, LintSettings.Default);

        Assert.True(document.HasBuiltSemantics);
        Assert.Same(document.Semantics, document.Semantics);
        Assert.Contains(findings, d => d.Code == CoreRules.DuplicateStageName.Id); // a semantic check
        Assert.Equal(Linter.Lint(DockerfileDocument.Parse(document.Text), LintSettings.Default).Select(d => (d.Code, d.Span)),
            findings.Select(d => (d.Code, d.Span)));
    }

    [Fact]
    public async Task Threads_asking_at_once_share_one_model_and_one_first_set()
    {
        var document = DockerfileDocument.Parse(Text);
        using var start = new Barrier(8);
        var results = Enumerable.Range(0, 8)
            .Select(_ => Task.Factory.StartNew(() =>
            {
                start.SignalAndWait();
                return (document.Semantics, document.Diagnostics);
            }, TaskCreationOptions.LongRunning))
            .ToArray();
        var answers = await Task.WhenAll(results);

        Assert.All(answers, a => Assert.Same(answers[0].Semantics, a.Semantics));
        Assert.All(answers, a => Assert.Same(answers[0].Diagnostics, a.Diagnostics));
        Assert.Equal(2, answers[0].Semantics.Stages.Count);
    }
}
