namespace Berth.Dockerfile.Tests.Analysis;

/// <summary>Table-driven: a snippet, the rule id it must raise and the exact text the diagnostic covers.</summary>
public sealed class FirstSetDiagnosticTests
{
    public static TheoryData<string, string, string> Firing => new()
    {
        { "FROM a\nFRM b\n", "BER0001", "FRM" },
        { "FROM a\nWORKDIR\n", "BER0002", "WORKDIR" },
        { "FROM a\nSTOPSIGNAL TERM KILL\n", "BER0003", "KILL" },
        { "FROM a b\n", "BER0003", "b" },
        { "FROM a b c\n", "BER0019", "b" },
        { "FROM --plat=x a\n", "BER0004", "--plat=x" },
        { "FROM a\nCOPY --chown= a b\n", "BER0005", "--chown=" },
        { "FROM a\nCOPY --from=x --from=y a b\n", "BER0006", "--from=y" },
        { "FROM a\nRUN <<EOF\necho\n", "BER0007", "<<EOF" },
        { "# escape=x\nFROM a\n", "BER0008", "x" },
        { "# escape=`\n# escape=\\\nFROM a\n", "BER0009", "escape" },
        { "FROM a\nRUN echo \\", "BER0010", "\\" },
        { "FROM a AS 1bad\n", "BER0011", "1bad" },
        { "FROM a\nENV A=${B!c}\n", "BER0012", "!" },
        { "FROM a\nENV A=1 B\n", "BER0013", "B" },
        { "FROM a\nSHELL /bin/bash -c\n", "BER0014", "/bin/bash -c" },
        { "FROM a\nHEALTHCHECK RUN x\n", "BER0015", "RUN" },
        { "FROM a\nCOPY --link=maybe a b\n", "BER0016", "maybe" },
        { "FROM a\nENV A=${B\n", "BER0017", "${B" },
        { "", "BER0018", "" },
        { "ENV A=1\nFROM a\n", "DL3061", "ENV" },
        { "FROM a\nRUN a \\\n\n b\n", "NoEmptyContinuation", "\n" },
        { "FROM a\nCMD ['a']\n", "BER0029", "['a']" },
        { "FROM a\nCOPY --from=3 a b\n", "BER0020", "3" },
        { "FROM a\nCOPY --from=later a b\nFROM b AS later\n", "BER0021", "later" },
        { "FROM a\nEXPOSE 80/xyz\n", "BER0022", "xyz" },
        { "FROM a\nSTOPSIGNAL SIGFOO\n", "BER0023", "SIGFOO" },
        { "FROM a\nHEALTHCHECK --interval=30 CMD x\n", "BER0024", "30" },
        { "FROM a\nHEALTHCHECK --timeout=5x CMD x\n", "BER0024", "5x" },
        { "FROM a\nHEALTHCHECK --retries=two CMD x\n", "BER0025", "two" },
        { "FROM a\nHEALTHCHECK --retries=0 CMD x\n", "BER0025", "0" },
        { "FROM a\nCOPY --chmod=999 a b\n", "BER0026", "999" },
        { "FROM a\nCOPY --chown=a:b:c a b\n", "BER0027", "a:b:c" },
        { "ARG X=\nFROM ${X}\n", "BER0028", "${X}" },
        { "FROM a AS x\nFROM b AS X\n", "DuplicateStageName", "X" },
        { "FROM a AS x\nCOPY --from=x a b\n", "DL3023", "x" },
        { "FROM a\nCOPY --from=bulid a b\n", "DL3022", "bulid" },
        { "FROM a\nEXPOSE 70000\n", "DL3011", "70000" },
        { "FROM a\nMAINTAINER me\n", "MaintainerDeprecated", "MAINTAINER" },
        { "FROM a\nWORKDIR app\n", "WorkdirRelativePath", "app" },
        { "FROM a\nCMD a\nCMD b\n", "MultipleInstructionsDisallowed", "CMD" },
        { "FROM a\nONBUILD FROM b\n", "DL3043", "FROM" },
        { "FROM a\nCOPY a b c\n", "DL3021", "c" },
        { "FROM ${BASE}\n", "UndefinedArgInFrom", "${BASE}" },
        { "FROM a\nRUN --mount=type=bind,from=zzz,target=/x true\n", "DL3022", "zzz" },
        { "FROM a AS s\nRUN --mount=from=s true\n", "DL3023", "s" },
    };

    [Theory]
    [MemberData(nameof(Firing))]
    public void Rule_fires_on_the_exact_token(string text, string code, string spanText)
    {
        var document = DockerfileDocument.Parse(text);
        var found = document.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count > 0, $"expected {code}; got {string.Join(", ", document.Diagnostics.Select(d => d.Code))}");
        Assert.Contains(found, d => text.Substring(d.Span.Start, d.Span.Length) == spanText);
        Assert.All(found, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Message));
            Assert.Equal($"https://github.com/berth-tools/berth/blob/main/docs/rules/{code}.md", d.HelpUri!.ToString());
        });
    }

    public static TheoryData<string> Clean => new()
    {
        "FROM alpine:3.20\n",
        "# syntax=docker/dockerfile:1\nARG VERSION=1.2\nFROM --platform=$BUILDPLATFORM golang:${VERSION} AS build\nRUN --mount=type=cache,target=/root/.cache go build\nFROM scratch\nCOPY --from=build /out /out\n",
        "FROM a\nCOPY --from=nginx:latest /etc/nginx /etc/nginx\n",
        "FROM a\nFROM b\nCOPY --from=0 a b\n",
        "FROM a AS one\nFROM one AS two\nCOPY --from=one /x /y\n",
        "FROM a\nWORKDIR /app\nWORKDIR sub\n",
        "FROM a\nWORKDIR $HOME\n",
        "FROM a\nWORKDIR C:\\app\n",
        "FROM a\nEXPOSE 80 443/tcp 53/udp 8000-8010 ${PORT}\n",
        "FROM a\nSTOPSIGNAL SIGTERM\nSTOPSIGNAL 9\nSTOPSIGNAL SIGRTMIN+3\n",
        "FROM a\nHEALTHCHECK --interval=30s --timeout=1m30s --start-period=0s --retries=3 CMD curl -f http://x/ || exit 1\n",
        "FROM a\nHEALTHCHECK NONE\n",
        "FROM a\nCOPY --chmod=0755 --chown=app:app --link a b\nCOPY --chmod=u=rwx,go=rx a b\nADD --checksum=sha256:abc --keep-git-dir=true https://x /y\n",
        "FROM a\nCOPY --parents --exclude=*.md --exclude=*.txt a/ b/ /dst/\n",
        "FROM a\nENV A=1 B=\"two words\" C=${A:-x}\nENV LEGACY value\nLABEL a=b\n",
        "ARG TAG=${VERSION:-latest}\nFROM alpine:${TAG}\n",
        "FROM ${IMAGE:-alpine}\n",
        "FROM --platform=$TARGETPLATFORM alpine\n",
        "FROM a\nRUN <<EOF\nset -e\necho ${HOME} $((1+2)) ${x//a/b}\nEOF\n",
        "FROM a\nRUN echo ${x//a/b} ${#y}\n",
        "FROM a\nRUN apt-get update && \\\n    # install\n    apt-get install -y curl\n",
        "FROM a\nONBUILD RUN echo hi\nONBUILD COPY . /app\n",
        "FROM a\nCMD [\"a\"]\nFROM b\nCMD [\"b\"]\n",
        "FROM a\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n",
        "FROM a\nCOPY <<EOF /etc/x\nx\nEOF\n",
        "FROM a\nARG A\nARG B=1 C\n",
    };

    [Theory]
    [MemberData(nameof(Clean))]
    public void Valid_files_have_no_first_set_diagnostics(string text)
    {
        var document = DockerfileDocument.Parse(text);
        Assert.Empty(document.Diagnostics.Select(d => $"{d.Code} {d.Message} at {d.Span}"));
    }
}
