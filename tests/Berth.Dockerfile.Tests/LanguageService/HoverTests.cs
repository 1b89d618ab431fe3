using Berth.Dockerfile.LanguageService.Hover;
using Berth.Dockerfile.LanguageService.Symbols;

namespace Berth.Dockerfile.Tests.LanguageService;

public sealed class HoverTests
{
    private static HoverInfo? Hover(string marked)
    {
        var (document, offset) = Caret.Parse(marked);
        return HoverService.Hover(document, SymbolTableCache.Of(document), offset);
    }

    [Fact]
    public void Keywords_flags_mount_options_and_directives_are_documented()
    {
        Assert.Contains("**COPY**", Hover("FROM alpine\nCO|PY a b\n")!.Markdown, StringComparison.Ordinal);
        Assert.Contains("**--from**", Hover("FROM alpine\nCOPY --fr|om=x a b\n")!.Markdown, StringComparison.Ordinal);
        Assert.Contains("mount option", Hover("FROM alpine\nRUN --mount=type=cache,tar|get=/x true\n")!.Markdown, StringComparison.Ordinal);
        Assert.Contains("escape", Hover("# esc|ape=`\nFROM alpine\n")!.Markdown, StringComparison.Ordinal);
        Assert.Contains("Deprecated", Hover("FROM alpine\nMAINT|AINER me\n")!.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_instruction_has_documentation_with_an_example()
    {
        foreach (var keyword in Berth.Dockerfile.Syntax.InstructionKinds.Keywords)
        {
            var hover = Hover($"FROM alpine\n{keyword[0]}|{keyword[1..]} x\n");
            Assert.NotNull(hover);
            Assert.Contains("Example", hover.Markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_variable_shows_its_value_and_where_it_was_declared()
    {
        var hover = Hover("FROM alpine\nARG V=1.2\nRUN echo $|V\n")!;
        Assert.Contains("= `1.2`", hover.Markdown, StringComparison.Ordinal);
        Assert.Contains("line 2", hover.Markdown, StringComparison.Ordinal);
        Assert.Equal("FROM alpine\nARG V=1.2\nRUN echo $".Length, hover.Span.Start);
    }

    [Fact]
    public void A_stage_reference_shows_the_stages_from_line()
    {
        var hover = Hover("FROM golang:1.23 AS build\nFROM alpine\nCOPY --from=bu|ild /a /b\n")!;
        Assert.Contains("FROM golang:1.23 AS build", hover.Markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void From_image_is_split_into_registry_repository_tag_and_digest()
    {
        var hover = Hover("FROM ngi|nx:1.27\n")!.Markdown;
        Assert.Contains("`docker.io` (default)", hover, StringComparison.Ordinal);
        Assert.Contains("`library/nginx`", hover, StringComparison.Ordinal);
        Assert.Contains("`1.27`", hover, StringComparison.Ordinal);
        var acr = Hover("ARG TAG=v2\nFROM registry.cn-hangzhou.aliyuncs.com/acme/ap|p:${TAG}@sha256:abc\n")!.Markdown;
        Assert.Contains("`registry.cn-hangzhou.aliyuncs.com`", acr, StringComparison.Ordinal);
        Assert.Contains("`acme/app`", acr, StringComparison.Ordinal);
        Assert.Contains("`v2`", acr, StringComparison.Ordinal);
        Assert.Contains("`sha256:abc`", acr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_arguments_have_no_hover()
    {
        Assert.Null(Hover("FROM alpine\nRUN ec|ho hi\n"));
    }

    [Fact]
    public void Every_documented_flag_hovers_on_every_instruction_that_takes_it_also_under_onbuild()
    {
        foreach (var kind in Enum.GetValues<Berth.Dockerfile.Syntax.InstructionKind>())
        {
            foreach (var flag in Berth.Dockerfile.LanguageService.Docs.FlagDocs.For(kind))
            {
                var keyword = Berth.Dockerfile.Syntax.InstructionKinds.Keyword(kind);
                var prefix = kind == Berth.Dockerfile.Syntax.InstructionKind.From ? "" : "FROM alpine\n";
                var hover = Hover($"{prefix}{keyword} --{flag.Name[0]}|{flag.Name[1..]}=x a b\n");
                Assert.True(hover is not null && hover.Markdown.Contains($"**--{flag.Name}**", StringComparison.Ordinal), $"{keyword} --{flag.Name}");
                if (kind == Berth.Dockerfile.Syntax.InstructionKind.From) continue;
                var onbuild = Hover($"FROM alpine\nONBUILD {keyword} --{flag.Name[0]}|{flag.Name[1..]}=x a b\n");
                Assert.True(onbuild is not null && onbuild.Markdown.Contains($"**--{flag.Name}**", StringComparison.Ordinal), $"ONBUILD {keyword} --{flag.Name}");
            }
        }
    }

    [Fact]
    public void Mount_option_aliases_and_healthcheck_modes_are_documented()
    {
        Assert.Contains("(mount option (same as target))", Hover("FROM alpine\nRUN --mount=type=cache,d|st=/x true\n")!.Markdown, StringComparison.Ordinal);
        Assert.Contains("(same as readonly)", Hover("FROM alpine\nRUN --mount=type=bind,r|o true\n")!.Markdown, StringComparison.Ordinal);
        Assert.Contains("(same as source)", Hover("FROM alpine\nRUN --mount=type=bind,s|rc=/a true\n")!.Markdown, StringComparison.Ordinal);
        Assert.Contains("**HEALTHCHECK CMD**", Hover("FROM alpine\nHEALTHCHECK --interval=5s C|MD true\n")!.Markdown, StringComparison.Ordinal);
        Assert.Contains("**HEALTHCHECK NONE**", Hover("FROM alpine\nHEALTHCHECK no|ne\n")!.Markdown, StringComparison.Ordinal);
        Assert.Null(Hover("FROM alpine\nRUN ec|ho CMD\n"));
    }
}
