using Berth.Dockerfile.LanguageService.Completion;
using Berth.Dockerfile.LanguageService.Symbols;

namespace Berth.Dockerfile.Tests.LanguageService;

public sealed class CompletionTests
{
    private static IReadOnlyList<CompletionEntry> Complete(string marked, Func<string, IReadOnlyList<ContextEntry>>? context = null)
    {
        var (document, offset) = Caret.Parse(marked);
        return CompletionService.Complete(document, SymbolTableCache.Of(document), offset, context);
    }

    private static List<string> Labels(string marked) => Complete(marked).Select(c => c.Label).ToList();

    [Fact]
    public void Start_of_line_offers_every_instruction_as_a_snippet()
    {
        var items = Complete("FROM alpine\nR|");
        var run = items.First(i => i.Label == "RUN");
        Assert.True(run.IsSnippet);
        Assert.Contains("RUN ${1:command}", run.InsertText, StringComparison.Ordinal);
        Assert.Equal(12, run.ReplaceSpan.Start);
        Assert.Equal(13, run.ReplaceSpan.End);
        Assert.Contains(items, i => i.Label == "HEALTHCHECK");
        Assert.Contains("Runs a command", run.Documentation, StringComparison.Ordinal);
    }

    [Fact]
    public void Multi_line_snippets_use_the_files_escape_character()
    {
        var backslash = Complete("FROM alpine\n|").First(i => i.Label == "RUN (multi-line)");
        Assert.Contains("\\\\\n", backslash.InsertText, StringComparison.Ordinal);
        var backtick = Complete("# escape=`\nFROM alpine\n|").First(i => i.Label == "RUN (multi-line)");
        Assert.Contains("`\n", backtick.InsertText, StringComparison.Ordinal);
        Assert.DoesNotContain("\\", backtick.InsertText, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_the_first_from_arg_and_from_sort_first()
    {
        var items = Complete("|");
        var first = items.OrderBy(i => i.SortText, StringComparer.Ordinal).Take(3).Select(i => i.Label).ToList();
        Assert.Contains("ARG", first);
        Assert.Contains("FROM", first);
    }

    [Fact]
    public void Nothing_is_offered_inside_a_heredoc_body_or_a_comment()
    {
        Assert.Empty(Complete("FROM alpine\nRUN <<EOF\nec|\nEOF\n"));
        Assert.Empty(Complete("FROM alpine\n# some co|mment\n"));
    }

    [Fact]
    public void Directives_are_offered_at_the_top_only()
    {
        Assert.Contains("# syntax=", Labels("#|\nFROM alpine\n"));
        Assert.Contains("docker/dockerfile:1", Labels("# syntax=|\nFROM alpine\n"));
        Assert.Empty(Complete("FROM alpine\n#|\n"));
    }

    [Fact]
    public void Flags_are_offered_per_instruction()
    {
        var copy = Labels("FROM alpine\nCOPY --|");
        Assert.Equal(["--from", "--chown", "--chmod", "--link", "--parents", "--exclude"], copy);
        Assert.Contains("--checksum", Labels("FROM alpine\nADD --|"));
        Assert.Contains("--keep-git-dir", Labels("FROM alpine\nADD --|"));
        Assert.Equal(["--mount", "--network", "--security"], Labels("FROM alpine\nRUN --|"));
        Assert.Contains("--start-interval", Labels("FROM alpine\nHEALTHCHECK --|"));
        Assert.Equal(["--platform"], Labels("FROM --|"));
    }

    [Fact]
    public void Flag_values_platforms_networks_and_stage_names()
    {
        Assert.Contains("linux/arm64", Labels("FROM --platform=|"));
        Assert.Equal(["default", "none", "host"], Labels("FROM alpine\nRUN --network=|"));
        Assert.Equal(["build", "test"], Labels("FROM golang AS build\nFROM build AS test\nFROM alpine\nCOPY --from=| /a /b\n"));
    }

    [Fact]
    public void Mount_option_keys_and_values()
    {
        var keys = Complete("FROM alpine\nRUN --mount=type=cache,|");
        Assert.Contains(keys, k => k.Label == "target" && k.InsertText == "target=");
        Assert.Equal(["bind", "cache", "tmpfs", "secret", "ssh"], Labels("FROM alpine\nRUN --mount=type=|"));
        Assert.Equal(["shared", "private", "locked"], Labels("FROM alpine\nRUN --mount=type=cache,sharing=|"));
        Assert.Equal(["deps"], Labels("FROM node AS deps\nFROM alpine\nRUN --mount=from=|"));
    }

    [Fact]
    public void Stage_names_after_from_and_as_after_the_image()
    {
        Assert.Equal(["build", "scratch"], Labels("FROM golang AS build\nFROM b|"));
        Assert.Equal(["AS"], Labels("FROM golang |"));
    }

    [Fact]
    public void Variables_in_scope_with_their_values()
    {
        const string text = "ARG GLOBAL=g\nFROM alpine\nARG LOCAL=l\nENV E=$LOCAL-x\nRUN echo ${|}\nFROM alpine\nARG OTHER=o\n";
        var items = Complete(text);
        var labels = items.Select(i => i.Label).ToList();
        Assert.Contains("LOCAL", labels);
        Assert.Contains("E", labels);
        Assert.DoesNotContain("GLOBAL", labels);
        Assert.DoesNotContain("OTHER", labels);
        Assert.Equal("ENV = l-x", items.Single(i => i.Label == "E").Detail);
        Assert.Equal("E", items.Single(i => i.Label == "E").InsertText);
    }

    [Fact]
    public void From_lines_see_global_args_and_platform_args()
    {
        var items = Labels("ARG VERSION=3.20\nFROM alpine:$|\n");
        Assert.Contains("VERSION", items);
        Assert.Contains("BUILDPLATFORM", items);
    }

    [Fact]
    public void Braced_variable_without_closing_brace_gets_one()
    {
        var item = Complete("FROM alpine\nARG A=1\nRUN echo ${|").Single(i => i.Label == "A");
        Assert.Equal("A}", item.InsertText);
    }

    [Fact]
    public void Argument_values_for_healthcheck_stopsignal_expose_and_label()
    {
        Assert.Equal(["CMD", "NONE"], Labels("FROM alpine\nHEALTHCHECK |").Take(2));
        Assert.Contains("SIGTERM", Labels("FROM alpine\nSTOPSIGNAL |"));
        Assert.Equal(["tcp", "udp", "sctp"], Labels("FROM alpine\nEXPOSE 80/|"));
        Assert.Contains("org.opencontainers.image.source", Labels("FROM alpine\nLABEL |"));
    }

    [Fact]
    public void Onbuild_offers_trigger_instructions()
    {
        var labels = Labels("FROM alpine\nONBUILD |");
        Assert.Contains("COPY", labels);
        Assert.DoesNotContain("ONBUILD", labels);
        Assert.DoesNotContain("FROM", labels);
    }

    [Fact]
    public void Copy_sources_come_from_the_build_context()
    {
        var asked = new List<string>();
        IReadOnlyList<ContextEntry> List(string folder)
        {
            asked.Add(folder);
            return [new ContextEntry("src", true), new ContextEntry("go.mod", false)];
        }
        var items = Complete("FROM alpine\nCOPY app/|", List);
        Assert.Equal(["app"], asked);
        Assert.Contains(items, i => i.Label == "src/" && i.Kind == CompletionEntryKind.Folder);
        Assert.Contains(items, i => i.Label == "go.mod" && i.ReplaceSpan.Start == "FROM alpine\nCOPY app/".Length);
    }

    [Fact]
    public void Completion_works_on_crlf_files_and_after_continuations()
    {
        Assert.Equal(["--mount", "--network", "--security"], Labels("FROM alpine\r\nRUN --|\r\n"));
        Assert.Equal(["bind", "cache", "tmpfs", "secret", "ssh"], Labels("FROM alpine\r\nRUN --network=none \\\r\n  --mount=type=|"));
    }
}
