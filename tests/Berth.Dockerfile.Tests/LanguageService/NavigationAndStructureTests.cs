using Berth.Dockerfile.LanguageService.Folding;
using Berth.Dockerfile.LanguageService.Images;
using Berth.Dockerfile.LanguageService.InlayHints;
using Berth.Dockerfile.LanguageService.Links;
using Berth.Dockerfile.LanguageService.Navigation;
using Berth.Dockerfile.LanguageService.Outline;
using Berth.Dockerfile.LanguageService.Selection;
using Berth.Dockerfile.LanguageService.Signatures;
using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Tests.LanguageService;

public sealed class NavigationAndStructureTests
{
    private static string At(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    [Fact]
    public void Rename_of_a_stage_local_arg_leaves_the_same_name_in_another_stage_alone()
    {
        const string text = "FROM a AS one\nARG V=1\nRUN echo $V\nFROM b\nARG V=2\nRUN echo $V\n";
        var document = DockerfileDocument.Parse(text);
        var result = SymbolNavigation.Rename(SymbolTableCache.Of(document), text.IndexOf("$V", StringComparison.Ordinal) + 1, "W");
        Assert.Null(result.Error);
        var renamed = Berth.Dockerfile.LanguageService.Formatting.DockerfileFormatter.Apply(text, result.Edits);
        Assert.Equal("FROM a AS one\nARG W=1\nRUN echo $W\nFROM b\nARG V=2\nRUN echo $V\n", renamed);
    }

    [Fact]
    public void Rename_reaches_variables_used_in_run_heredoc_bodies()
    {
        const string text = "FROM a\nARG V=1\nRUN <<EOF\necho $V '$V'\nEOF\n";
        var document = DockerfileDocument.Parse(text);
        var references = SymbolNavigation.References(SymbolTableCache.Of(document), text.IndexOf("V=", StringComparison.Ordinal), true);
        Assert.Equal(2, references.Count);
        Assert.Equal(text.IndexOf("$V", StringComparison.Ordinal) + 1, references[1].Start);
    }

    [Fact]
    public void Outline_names_unnamed_stages_by_index_and_lists_instructions()
    {
        const string text = "ARG A=1\nFROM alpine\nRUN echo hi\n";
        var document = DockerfileDocument.Parse(text);
        var outline = DocumentOutline.Build(document, SymbolTableCache.Of(document));
        Assert.Equal(["A", "stage 0"], outline.Select(o => o.Name));
        Assert.Equal("alpine", outline[1].Detail);
        Assert.Equal(["FROM alpine", "RUN echo hi"], outline[1].Children.Select(c => c.Name));
    }

    [Theory]
    [InlineData("RUN  a\tb \\\n    c", "RUN a b c")]
    [InlineData("run echo 123456789012345678901234567890123456789012345678901", "RUN echo 123456789012345678901234567890123456789012345678901")]
    [InlineData("RUN echo 1234567890123456789012345678901234567890123456789012", "RUN echo 12345678901234567890123456789012345678901234567890…")]
    [InlineData("RUN echo 123456789012345678901234567890123456789012345678901 x", "RUN echo 12345678901234567890123456789012345678901234567890…")]
    // A cut that would split an emoji's surrogate pair keeps the emoji out whole.
    [InlineData("RUN echo 1234567890123456789012345678901234567890123456789\U0001F433 x", "RUN echo 1234567890123456789012345678901234567890123456789\u2026")]
    [InlineData("RUN echo 123456789012345678901234567890123456789012345678\U0001F433 x", "RUN echo 123456789012345678901234567890123456789012345678\U0001F433\u2026")]
    public void Outline_names_an_instruction_by_its_start_with_blanks_collapsed_and_at_most_60_characters(string instruction, string name)
    {
        var document = DockerfileDocument.Parse("FROM a\n" + instruction + "\n");
        var outline = DocumentOutline.Build(document, SymbolTableCache.Of(document));
        Assert.Equal(name, outline[0].Children[1].Name);
    }

    [Fact]
    public void Outline_names_agree_with_collapsing_the_whole_instruction_then_shortening_it()
    {
        // The name is built only as far as it shows; it must be what collapsing the whole text and cutting it would give.
        var random = new Random(7);
        string[] words = ["apt-get", "install", "-y", "\\\n", "&&", "x", "a-rather-long-package-name=1.2.3", "\t", "  ", "\\\n  "];
        for (var round = 0; round < 300; round++)
        {
            var run = "RUN " + string.Join(" ", Enumerable.Range(0, random.Next(1, 30)).Select(_ => words[random.Next(words.Length)]));
            var document = DockerfileDocument.Parse("FROM a\n" + run + "\n");
            var instruction = document.Syntax.Instructions[1];
            var whole = System.Text.RegularExpressions.Regex.Replace(instruction.Keyword.ToUpperInvariant() + " " + instruction.Line.Text[instruction.Keyword.Length..], "[ \t\r\n]+", " ").Trim();
            var expected = whole.Length <= 60 ? whole : whole[..59] + "…";
            var outline = DocumentOutline.Build(document, SymbolTableCache.Of(document));
            Assert.Equal(expected, outline[0].Children[1].Name);
        }
    }

    [Fact]
    public void Folding_includes_heredocs_inside_longer_instructions()
    {
        const string text = "FROM a\nRUN <<EOF cat \\\n  > /x\nline\nEOF\n";
        var document = DockerfileDocument.Parse(text);
        var folds = FoldingRegions.Compute(document, SymbolTableCache.Of(document));
        Assert.Contains(new FoldingRegion(1, 4, FoldingRegionKind.Region), folds);
        Assert.Contains(new FoldingRegion(0, 4, FoldingRegionKind.Region), folds);
    }

    [Fact]
    public void Selection_ranges_nest_from_mount_option_to_file()
    {
        const string text = "FROM a\nRUN --mount=type=cache,target=/c true\n";
        var document = DockerfileDocument.Parse(text);
        var offset = text.IndexOf("target", StringComparison.Ordinal) + 2;
        var spans = SelectionRanges.At(document, SymbolTableCache.Of(document), offset);
        Assert.Equal("target=/c", At(text, spans[0]));
        Assert.Equal("--mount=type=cache,target=/c", At(text, spans.First(s => At(text, s).StartsWith("--", StringComparison.Ordinal))));
        for (var i = 1; i < spans.Count; i++) Assert.True(spans[i].Start <= spans[i - 1].Start && spans[i].End >= spans[i - 1].End);
        Assert.Equal(text.Length, spans[^1].Length);
    }

    [Fact]
    public void Image_references_normalise_like_docker()
    {
        Assert.Equal(new ImageReference("docker.io", "library/nginx", null, null, true), ImageReference.Parse("nginx"));
        Assert.Equal(new ImageReference("localhost:5000", "app", "1", null, false), ImageReference.Parse("localhost:5000/app:1"));
        Assert.Equal(new ImageReference("docker.io", "acme/app", null, "sha256:ab", true), ImageReference.Parse("acme/app@sha256:ab"));
        Assert.Null(ImageReference.Parse("scratch"));
        Assert.Null(ImageReference.Parse("${IMAGE}"));
        Assert.Null(new ImageReference("example.com", "x", null, null, false).WebPage());
    }

    [Fact]
    public void Links_resolve_variables_and_skip_stage_names()
    {
        const string text = "ARG IMG=python:3.13\nFROM $IMG AS py\nFROM py\nCOPY --from=py /a /b\nCOPY --from=redis:7 /x /y\n";
        var document = DockerfileDocument.Parse(text);
        var links = DocumentLinks.Compute(document, SymbolTableCache.Of(document));
        Assert.Equal(["https://hub.docker.com/_/python", "https://hub.docker.com/_/redis"], links.Select(l => l.Target));
        Assert.Equal("$IMG", At(text, links[0].Span));
    }

    [Fact]
    public void Inlay_hints_only_for_known_values()
    {
        const string text = "ARG KNOWN=1\nARG UNKNOWN\nFROM a:${KNOWN}-${UNKNOWN}\n";
        var document = DockerfileDocument.Parse(text);
        var hints = InlayHintProvider.Compute(document, SymbolTableCache.Of(document));
        var hint = Assert.Single(hints);
        Assert.Equal("= 1", hint.Label);
        Assert.Equal(text.IndexOf("}-", StringComparison.Ordinal) + 1, hint.Offset);
    }

    [Fact]
    public void Signature_help_picks_the_exec_form_for_json_arguments()
    {
        const string text = "FROM a\nCMD [\"x\", ";
        var help = SignatureHelpProvider.Help(DockerfileDocument.Parse(text), text.Length)!;
        Assert.Contains("[\"executable\"", help.Signatures[help.ActiveSignature].Label, StringComparison.Ordinal);
        Assert.Null(SignatureHelpProvider.Help(DockerfileDocument.Parse("FROM a\nRUN <<EOF\nx\nEOF\n"), 20));
    }

    [Fact]
    public void Workspace_symbol_matching_is_a_case_insensitive_subsequence()
    {
        Assert.True(WorkspaceSymbolIndex.Matches("BUILD_ID", "bid"));
        Assert.False(WorkspaceSymbolIndex.Matches("build", "xb"));
        Assert.True(WorkspaceSymbolIndex.Matches("anything", ""));
    }
}
