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

    private static string TextOf(string name) => FixtureCorpus.Texts().Single(t => t.Name == name).Text;

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Formatting_every_fixture_keeps_its_meaning_and_is_idempotent(string name)
    {
        var text = TextOf(name);
        foreach (var options in new[] { FormattingOptions.Default, new FormattingOptions(2), new FormattingOptions(UseTabs: true) })
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
        Assert.Equal("RUN apt-get update && \\\n    apt-get install -y \\\n    curl \\\n    git\n", DockerfileFormatter.FormatText(input));
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
        Assert.Equal("# escape=`\nFROM alpine\nRUN echo a `\n    b `\n    c\n", DockerfileFormatter.FormatText(input));
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
}
