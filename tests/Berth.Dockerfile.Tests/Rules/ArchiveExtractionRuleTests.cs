namespace Berth.Dockerfile.Tests.Rules;

/// <summary>DL3010: COPY of a tar archive that a later RUN of the same stage only unpacks.</summary>
public sealed class ArchiveExtractionRuleTests
{
    public static TheoryData<string, string> Firing => new()
    {
        { "FROM a:1\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n", "app.tar.gz" },
        { "FROM a:1\nCOPY dist/app.tgz /tmp/\nRUN tar xzf /tmp/app.tgz && rm /tmp/app.tgz\n", "dist/app.tgz" },
        { "FROM a:1\nCOPY [\"site.tar\", \"/srv/\"]\nRUN tar --extract --file=/srv/site.tar --directory /srv\n", "\"site.tar\"" },
        { "FROM a:1\nCOPY build/out /tmp/out.tar.xz\nRUN cd /opt && tar -x -J -f /tmp/out.tar.xz\n", "build/out" },
        { "FROM a:1\nCOPY a.txt b.tar.bz2 /tmp/\nRUN set -eux; \\\n    tar -xjf /tmp/b.tar.bz2 -C /usr/local\n", "b.tar.bz2" },
        { "FROM a:1\nCOPY app.tar.gz /tmp/\nRUN echo hi\nRUN tar -xvzf /tmp/app.tar.gz\n", "app.tar.gz" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public void Fires_on_the_copied_archive(string text, string spanText)
    {
        RuleAssert.Fires(text, "DL3010", spanText);
        var finding = Assert.Single(RuleAssert.Lint(text), d => d.Code == "DL3010");
        Assert.Equal(Diagnostics.Severity.Info, finding.Severity);
        Assert.Contains("ADD", finding.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> LookAlikes => new()
    {
        // Only part of the archive, or a transformation ADD can't do.
        "FROM a:1\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz --strip-components=1 -C /opt\n",
        "FROM a:1\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz app/bin\n",
        "FROM a:1\nCOPY app.tar.gz /tmp/\nRUN tar -xOzf /tmp/app.tar.gz > /x\n",
        // Not extracted, or extracted in another stage.
        "FROM a:1\nCOPY app.tar.gz /tmp/\nRUN tar -tzf /tmp/app.tar.gz\n",
        "FROM a:1\nCOPY app.tar.gz /tmp/\nFROM b:1\nRUN tar -xzf /tmp/app.tar.gz\n",
        "FROM a:1\nRUN tar -xzf /tmp/app.tar.gz\nCOPY app.tar.gz /tmp/\n",
        // ADD does not unpack zip files or a gzip that is no tar.
        "FROM a:1\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip\n",
        "FROM a:1\nCOPY data.gz /tmp/\nRUN gunzip /tmp/data.gz\n",
        // Copied from a stage or already ADDed; a different archive; a variable; a mention in text.
        "FROM a:1 AS b\nFROM a:1\nCOPY --from=b /app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n",
        "FROM a:1\nADD app.tar.gz /opt/\n",
        "FROM a:1\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/other.tar.gz\n",
        "FROM a:1\nCOPY app.tar.gz /tmp/\nRUN tar -xzf \"$ARCHIVE\"\n",
        "FROM a:1\nCOPY app.tar.gz /tmp/\nRUN echo tar -xzf /tmp/app.tar.gz\n",
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Does_not_fire_on_look_alikes(string text) => RuleAssert.Silent(text, "DL3010");

    [Fact]
    public void The_message_names_the_line_of_the_tar_command()
    {
        var finding = Assert.Single(RuleAssert.Lint("FROM a:1\nCOPY app.tar.gz /tmp/\nRUN true\nRUN tar -xzf /tmp/app.tar.gz\n"), d => d.Code == "DL3010");
        Assert.Contains("line 4", finding.Message, StringComparison.Ordinal);
    }
}
