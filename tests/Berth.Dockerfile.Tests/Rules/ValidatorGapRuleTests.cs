namespace Berth.Dockerfile.Tests.Rules;

/// <summary>BER0031-BER0034: the validator checks Berth had no rule for (directive casing, reference format, quotes, --from).</summary>
public sealed class ValidatorGapRuleTests
{
    public static TheoryData<string, string, string> Firing => new()
    {
        { "# ESCAPE=`\nFROM a:1\n", "BER0031", "ESCAPE" },
        { "# Syntax=docker/dockerfile:1\nFROM a:1\n", "BER0031", "Syntax" },
        { "FROM alpine:-bad\n", "BER0032", "-bad" },
        { "FROM alpine:3.20!\n", "BER0032", "3.20!" },
        { "FROM alpine:\n", "BER0032", ":" },
        { "FROM registry.example.com:5000/team/app:.x AS b\n", "BER0032", ".x" },
        { "FROM alpine@sha256:abc\n", "BER0032", "sha256:abc" },
        { "FROM alpine:3.20@md5\n", "BER0032", "md5" },
        { "FROM a:1\nENV a='x\n", "BER0033", "'x" },
        { "FROM a:1\nLABEL a=\"x b=2\n", "BER0033", "\"x b=2" },
        { "FROM a:1\nARG V=\"1.0\nRUN x\n", "BER0033", "\"1.0" },
        { "FROM a:1\nENV a=\"it\\\"s\n", "BER0033", "\"it\\\"s" },
        { "FROM a:1\nCOPY --from=-x a /b\n", "BER0034", "-x" },
        { "FROM a:1\nCOPY --from=.build a /b\n", "BER0034", ".build" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public void Fires_on_the_exact_token(string text, string code, string spanText) => RuleAssert.Fires(text, code, spanText);

    public static TheoryData<string, string> LookAlikes => new()
    {
        { "# escape=`\nFROM a:1\n", "BER0031" },
        { "# syntax=docker/dockerfile:1\n# check=skip=all\nFROM a:1\n", "BER0031" },
        { "FROM a:1\n# ESCAPE=`\n", "BER0031" },
        { "FROM alpine:3.20\n", "BER0032" },
        { "FROM localhost:5000/app\n", "BER0032" },
        { "FROM registry.example.com:5000/team/app:1.0_rc-2\n", "BER0032" },
        { "FROM alpine:3.20@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n", "BER0032" },
        { "ARG TAG=x\nFROM alpine:${TAG}\n", "BER0032" },
        { "ARG V\nFROM alpine:${V:-3.20}\n", "BER0032" },
        { "FROM a:1\nENV a='x' b=\"y\" c=it\\'s d=\"it's\"\n", "BER0033" },
        { "FROM a:1\nLABEL a=\"multi \\\n  line\"\n", "BER0033" },
        { "FROM a:1\nENV a 'legacy\n", "BER0033" },
        { "FROM a:1\nRUN echo 'x\n", "BER0033" },
        { "FROM a:1 AS b\nFROM a:1\nCOPY --from=b a /b\n", "BER0034" },
        { "FROM a:1\nCOPY --from=0 a /b\nCOPY --from=${STAGE} a /b\nCOPY --from=alpine:3 a /b\n", "BER0034" },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Does_not_fire_on_look_alikes(string text, string code) => RuleAssert.Silent(text, code);

    [Fact]
    public void Directive_casing_has_a_certain_fix()
    {
        const string text = "# ESCAPE=`\nFROM a:1\n";
        Assert.Equal("# escape=`\nFROM a:1\n", RuleAssert.Fix(text, "BER0031"));
    }

    [Fact]
    public void Backtick_escapes_a_quote_when_it_is_the_escape_character()
    {
        // With the backtick as escape, a backslash is an ordinary character and the quote closes.
        RuleAssert.Silent("# escape=`\nFROM a:1\nENV a=\"x\\\"\n", "BER0033");
        RuleAssert.Fires("FROM a:1\nENV a=\"x\\\"\n", "BER0033", "\"x\\\"");
        RuleAssert.Fires("# escape=`\nFROM a:1\nENV a=\"x`\"\n", "BER0033", "\"x`\"");
    }
}
