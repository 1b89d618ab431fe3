using Berth.Dockerfile.LanguageService.Symbols;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Tests.LanguageService;

public sealed class SymbolTableTests
{
    private static string At(string text, TextSpan span) => text.Substring(span.Start, span.Length);

    private static SymbolTable Build(string text) => SymbolTable.Build(DockerfileDocument.Parse(text).Syntax);

    [Fact]
    public void Global_arg_reaches_from_lines_and_stages_that_import_it_but_not_others()
    {
        const string text = "ARG V=1\nFROM alpine:$V AS a\nARG V\nRUN echo $V\nFROM alpine AS b\nARG V=2\nRUN echo $V\n";
        var table = Build(text);
        var global = table.Symbols.Single(s => s.Kind == DockerfileSymbolKind.GlobalArg);
        var stageB = table.Symbols.Single(s => s.Kind == DockerfileSymbolKind.StageArg);
        // global: declaration, FROM use, stage a's import, RUN use in stage a
        Assert.Equal(4, global.Occurrences.Count);
        Assert.Equal(2, stageB.Occurrences.Count);
        Assert.Equal(1, stageB.StageIndex);
        var useInB = stageB.Occurrences.Single(o => !o.IsDeclaration);
        Assert.Equal("2", useInB.Value);
        var useInA = global.Occurrences.Last();
        Assert.Equal("1", useInA.Value);
        Assert.Equal(text.IndexOf("$V\nFROM alpine AS b", StringComparison.Ordinal) + 1, useInA.Span.Start);
    }

    [Fact]
    public void Env_wins_over_arg_and_is_inherited_by_a_stage_built_from_it()
    {
        const string text = "FROM alpine AS base\nARG X=a\nENV X=b\nRUN echo $X\nFROM base\nRUN echo $X\n";
        var table = Build(text);
        var env = table.Symbols.Single(s => s.Kind == DockerfileSymbolKind.Env);
        Assert.Equal(3, env.Occurrences.Count);
        Assert.All(env.Occurrences.Where(o => !o.IsDeclaration), o => Assert.Equal("b", o.Value));
        Assert.Equal("X", At(text, env.Occurrences[2].Span));
        Assert.Equal(0, table.Stages[1].Parent!.Index);
    }

    [Fact]
    public void Values_are_resolved_through_other_variables_and_modifiers()
    {
        const string text = "FROM alpine\nARG A=1\nARG B=${A}.2\nARG C=${MISSING:-fallback}\nENV D=$B-$C\nRUN echo $D\n";
        var table = Build(text);
        var use = table.Occurrences.Last();
        Assert.Equal("1.2-fallback", use.Value);
    }

    [Fact]
    public void Stage_references_from_copy_mount_and_from_resolve_to_the_stage()
    {
        const string text = "FROM golang AS build\nRUN make\nFROM build AS test\nFROM alpine\nCOPY --from=build /a /b\nRUN --mount=type=cache,from=build,target=/c true\n";
        var table = Build(text);
        var build = table.Symbols.Single(s => s.Kind == DockerfileSymbolKind.Stage && s.Name == "build");
        Assert.Equal(4, build.Occurrences.Count);
        Assert.All(build.Occurrences, o => Assert.Equal("build", At(text, o.Span)));
    }

    [Fact]
    public void Heredoc_delimiters_pair_the_marker_and_the_terminator()
    {
        const string text = "FROM alpine\nRUN <<-EOT bash\n\techo hi\n\tEOT\n";
        var table = Build(text);
        var heredoc = table.Symbols.Single(s => s.Kind == DockerfileSymbolKind.HeredocDelimiter);
        Assert.Equal(2, heredoc.Occurrences.Count);
        Assert.Equal(text.LastIndexOf("EOT", StringComparison.Ordinal), heredoc.Occurrences[1].Span.Start);
    }

    [Fact]
    public void Occurrence_at_finds_a_name_under_or_just_after_the_caret()
    {
        const string text = "FROM alpine\nARG NAME=x\nRUN echo ${NAME}\n";
        var table = Build(text);
        var inside = text.LastIndexOf("NAME", StringComparison.Ordinal) + 2;
        Assert.Equal("NAME", table.OccurrenceAt(inside)!.Symbol.Name);
        Assert.Null(table.OccurrenceAt(text.IndexOf("echo", StringComparison.Ordinal)));
    }
}
