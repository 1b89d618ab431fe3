using Berth.Dockerfile.LanguageService.Formatting;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Tests.LanguageService;

public sealed class FormatterTests
{
    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in FixtureCorpus.Texts()) data.Add(name);
        return data;
    }

    private static readonly FormattingOptions[] AllOptions =
    [
        FormattingOptions.Default, new FormattingOptions(2), new FormattingOptions(UseTabs: true), new FormattingOptions(UseTabs: true) { TabSize = 8 },
        new FormattingOptions(0), new FormattingOptions { UppercaseKeywords = false }, new FormattingOptions { AlignEscapes = false },
    ];

    private static string TextOf(string name) => FixtureCorpus.Texts().Single(t => t.Name == name).Text;

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Formatting_every_fixture_keeps_its_meaning_and_is_idempotent(string name)
    {
        var text = TextOf(name);
        foreach (var options in AllOptions)
        {
            var once = DockerfileFormatter.FormatText(text, options);
            Assert.Equal(DockerfileMeaning.Of(text), DockerfileMeaning.Of(once));
            var twice = DockerfileFormatter.FormatText(once, options);
            Assert.Equal(once, twice);
        }
    }

    [Fact]
    public void The_corpus_is_not_empty_and_includes_the_editing_fixtures()
    {
        var names = FixtureCorpus.Texts().Select(t => t.Name).ToList();
        Assert.Contains(names, n => n.EndsWith("messy.Dockerfile", StringComparison.Ordinal));
        Assert.True(names.Count >= 8);
    }

    [Fact]
    public void Keywords_are_uppercased_and_spacing_after_them_normalised()
    {
        Assert.Equal("FROM alpine AS build\nRUN echo hi\n", DockerfileFormatter.FormatText("  from   alpine as build\nrun\techo hi   \n"));
    }

    [Fact]
    public void Continuation_lines_are_indented_and_one_space_precedes_the_escape()
    {
        const string input = "RUN apt-get update &&\\\n\tapt-get install -y \\\n      curl   \\\n  git\n";
        Assert.Equal("RUN apt-get update &&  \\\n    apt-get install -y \\\n    curl               \\\n    git\n", DockerfileFormatter.FormatText(input));
        Assert.Equal("RUN apt-get update && \\\n    apt-get install -y \\\n    curl \\\n    git\n",
            DockerfileFormatter.FormatText(input, new FormattingOptions { AlignEscapes = false }));
        Assert.Equal("RUN a \\\n\tb\n", DockerfileFormatter.FormatText(input[..0] + "RUN a \\\n  b\n", new FormattingOptions(UseTabs: true)));
    }

    [Fact]
    public void Blanks_inside_quotes_and_glued_words_are_left_alone()
    {
        const string quoted = "RUN echo \"a \\\n   b\"\n";
        Assert.Equal(quoted, DockerfileFormatter.FormatText(quoted));
        const string glued = "RUN foo\\\nbar\n";
        Assert.Equal(glued, DockerfileFormatter.FormatText(glued));
    }

    [Fact]
    public void Heredoc_bodies_and_comments_are_never_touched()
    {
        var input = "from alpine\nrun <<EOF   \n  x   \n\ty\nEOF\n#   comment   \n";
        Assert.Equal("FROM alpine\nRUN <<EOF\n  x   \n\ty\nEOF\n#   comment   \n", DockerfileFormatter.FormatText(input));
    }

    [Fact]
    public void The_backtick_escape_is_respected()
    {
        const string input = "# escape=`\nfrom alpine\nrun echo a`\n  b   `\n c\n";
        Assert.Equal("# escape=`\nFROM alpine\nRUN echo a `\n    b      `\n    c\n", DockerfileFormatter.FormatText(input));
    }

    [Fact]
    public void Crlf_line_breaks_are_kept()
    {
        Assert.Equal("FROM alpine\r\nRUN a \\\r\n    b\r\n", DockerfileFormatter.FormatText("from alpine\r\nrun a \\\r\nb\r\n"));
    }

    [Fact]
    public void Range_formatting_touches_only_the_instructions_in_the_range()
    {
        const string text = "from a\nrun  x\nrun  y\n";
        var document = DockerfileDocument.Parse(text);
        var edits = DockerfileFormatter.Format(document, range: new TextSpan(7, 3));
        Assert.Equal("from a\nRUN x\nrun  y\n", DockerfileFormatter.Apply(text, edits));
    }

    [Fact]
    public void On_type_formatting_formats_the_line_above_the_caret()
    {
        const string text = "from a\nrun  x\n";
        var document = DockerfileDocument.Parse(text);
        var edits = DockerfileFormatter.FormatOnType(document, text.Length);
        Assert.Equal("from a\nRUN x\n", DockerfileFormatter.Apply(text, edits));
    }

    [Fact]
    public void Escapes_of_one_instruction_align_one_column_after_its_widest_line()
    {
        const string input = "FROM alpine\nRUN apk add \\\n  curl \\\n  git-lfs-extra-long \\\n  jq\nENV A=1 \\\n  BB=2\n";
        Assert.Equal(
            "FROM alpine\nRUN apk add            \\\n    curl               \\\n    git-lfs-extra-long \\\n    jq\nENV A=1 \\\n    BB=2\n",
            DockerfileFormatter.FormatText(input));
    }

    [Fact]
    public void Alignment_counts_what_the_keyword_line_becomes_and_tabs_to_their_stop()
    {
        // "run   a" becomes "RUN a" (5 columns); the tab indent counts as 8 columns with TabSize 8.
        Assert.Equal("RUN a      \\\n\tbb \\\n\tc\n", DockerfileFormatter.FormatText("run   a \\\n  bb \\\n  c\n", new FormattingOptions(UseTabs: true) { TabSize = 8 }));
    }

    [Fact]
    public void Alignment_counts_wide_characters_as_two_columns()
    {
        // 中文 and the emoji each take two columns on screen, so the shorter-looking line is the wider one.
        var formatted = DockerfileFormatter.FormatText("LABEL a=\"中文\" \\\n  bcdef=1 \\\n  c=\"😀\"\n");
        Assert.Equal("LABEL a=\"中文\" \\\n    bcdef=1    \\\n    c=\"😀\"\n", formatted);
    }

    [Fact]
    public void An_escape_inside_quotes_or_after_a_comment_line_is_not_moved()
    {
        // The blanks before the first escape are inside quotes (content); the comment line's trailing escape is comment text.
        const string input = "RUN echo \"a   \\\n b\" && \\\n# note \\\n  echo long-word-here \\\n  c\n";
        var formatted = DockerfileFormatter.FormatText(input);
        Assert.Equal("RUN echo \"a   \\\n b\" &&                  \\\n# note \\\n    echo long-word-here \\\n    c\n", formatted);
        Assert.Equal(DockerfileMeaning.Of(input), DockerfileMeaning.Of(formatted));
    }

    [Fact]
    public void Keywords_keep_their_case_when_uppercasing_is_off()
    {
        var options = new FormattingOptions { UppercaseKeywords = false };
        Assert.Equal("from alpine as build\nRun echo hi\nonbuild run x\n", DockerfileFormatter.FormatText("from  alpine as build\nRun   echo hi\nonbuild run x\n", options));
        Assert.Equal("FROM alpine AS build\nRUN echo hi\nONBUILD RUN x\n", DockerfileFormatter.FormatText("from  alpine as build\nRun   echo hi\nonbuild run x\n"));
    }

    [Fact]
    public void A_zero_continuation_indent_puts_continuation_lines_at_the_margin()
    {
        Assert.Equal("RUN a \\\nb\n", DockerfileFormatter.FormatText("RUN a \\\n    b\n", new FormattingOptions(0)));
    }
}
