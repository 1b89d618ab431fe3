namespace Berth.Dockerfile.Tests.Rules;

public sealed class InstructionRuleTests
{
    public static TheoryData<string, string, string> Firing => new()
    {
        { "FROM a:1\nRUN ssh host\n", "DL3001", "ssh" },
        { "FROM a:1\nRUN cd /app && make\n", "DL3003", "cd /app" },
        { "FROM a:1\nRUN sudo make install\n", "DL3004", "sudo" },
        { "FROM a:1\nRUN useradd -u 123456789 app\n", "DL3046", "useradd -u 123456789 app" },
        { "FROM a:1\nRUN wget http://x/y\n", "DL3047", "wget" },
        { "FROM a:1\nRUN wget -q http://x/y && curl -fsS http://z\n", "DL4001", "curl" },
        { "FROM a:1\nRUN ln -sf /bin/bash /bin/sh\n", "DL4005", "ln -sf /bin/bash /bin/sh" },
        { "FROM a:1\nRUN curl -fsS http://x | sh\n", "DL4006", "curl -fsS http://x" },
        { "FROM a:1\nRUN a\nRUN b\n", "DL3059", "RUN" },
        { "FROM a:1\nrun a\nRUN b\nRUN c\n", "ConsistentInstructionCasing", "run" },
        { "FROM a:1 as build\n", "FromAsCasing", "as" },
        { "FROM a:1 AS Build\n", "StageNameCasing", "Build" },
        { "FROM a:1 AS scratch\n", "ReservedStageName", "scratch" },
        { "FROM a:1\nCMD nginx -g daemon\n", "JSONArgsRecommended", "nginx -g daemon" },
        { "FROM a:1\nENV A b\n", "LegacyKeyValueFormat", "A b" },
        { "FROM debian\n", "DL3006", "debian" },
        { "FROM debian:latest\n", "DL3007", "debian:latest" },
        { "FROM --platform=$TARGETPLATFORM a:1\n", "RedundantTargetPlatform", "--platform=$TARGETPLATFORM" },
        { "FROM --platform=linux/amd64 a:1\n", "FromPlatformFlagConstDisallowed", "linux/amd64" },
        { "FROM a:1\nARG DB_PASSWORD\n", "SecretsUsedInArgOrEnv", "DB_PASSWORD" },
        { "ARG VERSION=1\nFROM a:1\nLABEL v=$VERSION\n", "UndefinedVar", "$VERSION" },
        { "FROM scratch\nCOPY a /${DEST}\n", "UndefinedVar", "${DEST}" },
        { "FROM a:1\nENV A=1 B=$A\n", "DL3044", "$A" },
        { "FROM a:1\nEXPOSE 80/TCP\n", "ExposeProtoCasing", "TCP" },
        { "FROM a:1\nEXPOSE 8080:80\n", "ExposeInvalidFormat", "8080:80" },
        { "FROM a:1\nUSER root\n", "DL3002", "root" },
        { "FROM a:1\nADD app.py /app/\n", "DL3020", "ADD" },
        { "FROM a:1\nCOPY app.py app/\n", "DL3045", "app/" },
        { "FROM a:1 AS b\nFROM c:1\nCOPY --from=b / /\n", "DL3067", "/" },
        { "FROM a:1\nUSER app\n", "DL3066", "app" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public void Fires_on_the_exact_token(string text, string code, string spanText) => RuleAssert.Fires(text, code, spanText);

    public static TheoryData<string, string> LookAlikes => new()
    {
        { "FROM a:1\nRUN echo ssh\n", "DL3001" },
        { "FROM a:1\nRUN wget --progress=dot:giga http://x\n", "DL3047" },
        { "FROM a:1\nRUN set -o pipefail && curl http://x | sh\n", "DL4006" },
        { "FROM a:1\nRUN set -euxo pipefail; curl http://x | sh\n", "DL4006" },
        { "FROM a:1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl http://x | sh\n", "DL4006" },
        { "FROM a:1\nRUN case \"$x\" in amd64|arm64) echo ok ;; esac\n", "DL4006" },
        { "FROM a:1\nRUN x=\"$(dpkg --print-architecture | cut -d- -f1)\"\n", "DL4006" },
        { "FROM a:1\nRUN a\nCOPY x /x\nRUN b\n", "DL3059" },
        { "FROM a:1\nRUN a\nRUN --mount=type=cache,target=/x b\n", "DL3059" },
        { "from a:1\nrun a\n", "ConsistentInstructionCasing" },
        { "FROM a:1 AS build\nfrom b:1 as other\n", "FromAsCasing" },
        { "FROM a:1\nSHELL [\"/bin/bash\", \"-c\"]\nCMD echo hi\n", "JSONArgsRecommended" },
        { "FROM a:1\nENV A=b\n", "LegacyKeyValueFormat" },
        { "FROM debian@sha256:abcdef\n", "DL3006" },
        { "FROM scratch\n", "DL3006" },
        { "FROM a:1 AS base\nFROM base\n", "DL3006" },
        { "ARG IMAGE=debian:12\nFROM ${IMAGE}\n", "DL3006" },
        { "FROM --platform=$BUILDPLATFORM a:1\n", "RedundantTargetPlatform" },
        { "FROM --platform=linux/amd64 a:1 AS build-amd64\n", "FromPlatformFlagConstDisallowed" },
        { "FROM a:1\nARG GPG_KEY_FILE\nENV PUBLIC_KEY=x\n", "SecretsUsedInArgOrEnv" },
        { "ARG VERSION=1\nFROM a:${VERSION}\nARG VERSION\nLABEL v=$VERSION\n", "UndefinedVar" },
        { "FROM a:1\nENV PATH=/x:$PATH\nWORKDIR $HOME\n", "UndefinedVar" },
        { "FROM a:1\nLABEL v=${UNSET:-none}\n", "UndefinedVar" },
        { "FROM a:1\nENV A=1\nENV B=$A\n", "DL3044" },
        { "FROM a:1\nUSER app\nUSER root\nUSER 1000\n", "DL3002" },
        { "FROM a:1\nADD https://x/y.tar.gz /tmp/\nADD app.tar.gz /app/\n", "DL3020" },
        { "FROM a:1\nWORKDIR /app\nCOPY x .\n", "DL3045" },
        { "FROM a:1 AS b\nWORKDIR /app\nFROM b\nCOPY x .\n", "DL3045" },
        { "FROM a:1\nUSER 1000:1000\n", "DL3066" },
    };

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Does_not_fire_on_look_alikes(string text, string code) => RuleAssert.Silent(text, code);

    [Theory]
    [InlineData("FROM a:1\nrun a\nRUN b\nRUN c\n", "ConsistentInstructionCasing", "FROM a:1\nRUN a\nRUN b\nRUN c\n")]
    [InlineData("FROM a:1 as build\n", "FromAsCasing", "FROM a:1 AS build\n")]
    [InlineData("FROM a:1 AS Build\nFROM b:1\nCOPY --from=Build /x /y\n", "StageNameCasing", "FROM a:1 AS build\nFROM b:1\nCOPY --from=build /x /y\n")]
    [InlineData("FROM a:1\nCMD nginx -g off\n", "JSONArgsRecommended", "FROM a:1\nCMD [\"nginx\", \"-g\", \"off\"]\n")]
    [InlineData("FROM a:1\nENV A b c\n", "LegacyKeyValueFormat", "FROM a:1\nENV A=\"b c\"\n")]
    [InlineData("FROM --platform=$TARGETPLATFORM a:1\n", "RedundantTargetPlatform", "FROM a:1\n")]
    [InlineData("FROM a:1\nEXPOSE 53/UDP\n", "ExposeProtoCasing", "FROM a:1\nEXPOSE 53/udp\n")]
    [InlineData("FROM a:1\nADD x /x\n", "DL3020", "FROM a:1\nCOPY x /x\n")]
    public void Fixes_produce_the_expected_text(string text, string code, string expected) => Assert.Equal(expected, RuleAssert.Fix(text, code));

    [Fact]
    public void Pipefail_fix_inserts_a_shell_instruction_and_is_not_applied_by_fix_all()
    {
        const string text = "FROM a:1\nRUN curl x | sh\n";
        Assert.Equal("FROM a:1\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl x | sh\n", RuleAssert.Fix(text, "DL4006"));
        var all = Berth.Dockerfile.Linting.FixApplier.FixAll(text, RuleAssert.Lint(text));
        Assert.Equal(text, all);
    }

    [Fact]
    public void Fix_all_applies_every_certain_fix()
    {
        const string text = "from a:1 as Build\nrun apt-get install curl=1\nRUN b\nRUN c\nEXPOSE 80/TCP\n";
        var fixedText = Berth.Dockerfile.Linting.FixApplier.FixAll(text, RuleAssert.Lint(text));
        Assert.Equal("FROM a:1 AS build\nRUN apt-get install -y --no-install-recommends curl=1\nRUN b\nRUN c\nEXPOSE 80/tcp\n", fixedText);
    }
}
