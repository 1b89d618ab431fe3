using Berth.Dockerfile.Shell;
using Berth.Dockerfile.Text;

namespace Berth.Dockerfile.Tests.Syntax;

public sealed class ShellParserTests
{
    private static ShellScript Parse(string text) => ShellScript.Parse(text, (s, e) => TextSpan.FromBounds(s, e));

    [Fact]
    public void Operators_split_commands_and_quotes_stay_in_words()
    {
        var script = Parse("set -e; A=1 apt-get install -y 'a b' \"c\\\"d\" && (cd /x || exit 1) & echo $(ls | wc -l) 2>&1 > /dev/null");
        Assert.Equal(["set", "apt-get", "cd", "exit", "echo"], script.Commands.Select(c => c.Name));
        var apt = script.Commands[1];
        Assert.Equal("A=1", Assert.Single(apt.Assignments).Value);
        Assert.Equal(["apt-get", "install", "-y", "a b", "c\"d"], apt.Words.Select(w => w.Value));
        Assert.False(script.HasPipe);
        Assert.Equal(["echo", "$(ls | wc -l)"], script.Commands[4].Words.Select(w => w.Value));
    }

    [Fact]
    public void Pipes_and_pipefail_are_seen()
    {
        Assert.True(Parse("curl x | sh").HasPipe);
        Assert.False(Parse("curl x | sh").SetsPipefail);
        Assert.True(Parse("set -eux -o pipefail; curl x | sh").SetsPipefail);
        Assert.False(Parse("curl x | sh; set -o pipefail").SetsPipefail);
        Assert.False(Parse("case $a in x|y) echo ;; *) true ;; esac").HasPipe);
    }

    [Fact]
    public void Reserved_words_and_comments_are_skipped()
    {
        var script = Parse("if [ -f x ]; then\n  apt-get update # refresh\nfi\nfor p in a b; do echo $p; done");
        Assert.Equal(["[", "apt-get", "echo"], script.Commands.Select(c => c.Name));
    }

    [Fact]
    public void Word_spans_map_to_the_text()
    {
        const string text = "apk add --no-cache  curl";
        var curl = Parse(text).Commands[0].Words[^1];
        Assert.Equal("curl", text[curl.Span.Start..curl.Span.End]);
    }
}
