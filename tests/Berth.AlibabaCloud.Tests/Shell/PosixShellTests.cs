using Berth.AlibabaCloud.Shell;
using Berth.AlibabaCloud.Tests.Support;

namespace Berth.AlibabaCloud.Tests.Shell;

public sealed class PosixShellTests
{
    public static TheoryData<string> HostileValues => new()
    {
        "",
        "plain",
        "it's",
        "''",
        "'\\''",
        "\"double\"",
        "$(touch CANARY)",
        "`touch CANARY`",
        "${HOME}",
        "$HOME",
        "a\nb\n",
        "\n; touch CANARY\n",
        "back\\slash\\",
        "* ? [a-z]",
        "; touch CANARY #",
        "&& touch CANARY",
        "| touch CANARY",
        "-n",
        "--help",
        "tab\there",
        "日本語 😀",
        "' ; touch CANARY ; echo '",
        "\r\n",
    };

    [Theory]
    [MemberData(nameof(HostileValues))]
    public async Task A_quoted_value_reaches_the_program_unchanged_and_runs_nothing(string value)
    {
        var folder = Directory.CreateTempSubdirectory("berth-quote-").FullName;
        try
        {
            var script = $"cd {PosixShell.Quote(folder)} && printf '%s' {PosixShell.Quote(value)}";
            var result = await ProcessRunner.RunAsync("/bin/sh", ["-c", script]);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(value, result.Output);
            Assert.False(File.Exists(Path.Combine(folder, "CANARY")), "the value ran a command");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Joined_words_arrive_as_separate_arguments()
    {
        string[] words = ["a b", "", "it's", "$(x)", "\n"];
        var result = await ProcessRunner.RunAsync("/bin/sh", ["-c", "for w in " + PosixShell.Join(words) + "; do printf '[%s]' \"$w\"; done"]);
        Assert.Equal("[a b][][it's][$(x)][\n]", result.Output);
    }

    [Fact]
    public void Always_single_quotes() => Assert.Equal("'abc'", PosixShell.Quote("abc"));

    [Fact]
    public void Refuses_nul_which_no_shell_can_carry()
    {
        var error = Assert.Throws<ArgumentException>(() => PosixShell.Quote("a\0b"));
        Assert.Contains("NUL", error.Message, StringComparison.Ordinal);
    }
}
