using Berth.Dockerfile.Diagnostics;
using Berth.Dockerfile.Linting;

namespace Berth.Dockerfile.Tests.Analysis;

/// <summary>
/// Every check of the common Dockerfile language server's validator (the catalogue's section 1), each with a
/// snippet it flags and the Berth id that reports the same problem there. This table is what docs/rules/README.md's
/// parity table states; a check that disappears or moves to another id breaks it.
/// </summary>
public sealed class ValidatorParityTests
{
    public static TheoryData<string, string, string> Checks => new()
    {
        { "CASING_INSTRUCTION", "FROM a:1\nrun echo\nRUN echo\nRUN echo\n", "ConsistentInstructionCasing" },
        { "CASING_DIRECTIVE", "# ESCAPE=`\nFROM a:1\n", "BER0031" },
        { "ARGUMENT_MISSING", "FROM a:1\nWORKDIR\n", "BER0002" },
        { "ARGUMENT_EXTRA", "FROM a:1\nSTOPSIGNAL SIGTERM SIGKILL\n", "BER0003" },
        { "ARGUMENT_REQUIRES_AT_LEAST_ONE", "FROM a:1\nHEALTHCHECK\n", "BER0002" },
        { "ARGUMENT_REQUIRES_TWO", "FROM a:1\nENV KEY\n", "BER0003" },
        { "ARGUMENT_REQUIRES_AT_LEAST_TWO", "FROM a:1\nCOPY app\n", "BER0003" },
        { "ARGUMENT_REQUIRES_ONE_OR_THREE", "FROM a:1 b\n", "BER0003" },
        { "ARGUMENT_UNNECESSARY", "FROM a:1\nHEALTHCHECK NONE CMD x\n", "BER0003" },
        { "DUPLICATE_BUILD_STAGE_NAME", "FROM a:1 AS x\nFROM a:1 AS x\n", "DuplicateStageName" },
        { "EMPTY_CONTINUATION_LINE", "FROM a:1\nRUN a \\\n\n b\n", "NoEmptyContinuation" },
        { "INVALID_BUILD_STAGE_NAME", "FROM a:1 AS 1st\n", "BER0011" },
        { "FLAG_AT_LEAST_ONE", "FROM a:1\nHEALTHCHECK --retries=0 CMD x\n", "BER0025" },
        { "FLAG_DUPLICATE", "FROM a:1\nCOPY --chown=1 --chown=2 a /b\n", "BER0006" },
        { "FLAG_INVALID_DURATION", "FROM a:1\nHEALTHCHECK --interval=abc CMD x\n", "BER0024" },
        { "FLAG_LESS_THAN_1MS", "FROM a:1\nHEALTHCHECK --timeout=1ns CMD x\n", "BER0024" },
        { "FLAG_MISSING_DURATION", "FROM a:1\nHEALTHCHECK --interval=30 CMD x\n", "BER0024" },
        { "FLAG_MISSING_VALUE", "FROM a:1\nCOPY --chown= a /b\n", "BER0005" },
        { "FLAG_UNKNOWN_UNIT", "FROM a:1\nHEALTHCHECK --interval=5x CMD x\n", "BER0024" },
        { "NO_SOURCE_IMAGE", "RUN echo\n", "DL3061" },
        { "INVALID_ESCAPE_DIRECTIVE", "# escape=a\nFROM a:1\n", "BER0008" },
        { "INVALID_AS", "FROM a:1 foo bar\n", "BER0019" },
        { "INVALID_DESTINATION", "FROM a:1\nCOPY a b /dest\n", "DL3021" },
        { "INVALID_PORT", "FROM a:1\nEXPOSE 99999\n", "DL3011" },
        { "INVALID_PROTO", "FROM a:1\nEXPOSE 80/xyz\n", "BER0022" },
        { "INVALID_REFERENCE_FORMAT", "FROM alpine:-bad\n", "BER0032" },
        { "INVALID_SIGNAL", "FROM a:1\nSTOPSIGNAL SIGNOPE\n", "BER0023" },
        { "INVALID_SYNTAX", "FROM a:1\nHEALTHCHECK --retries=x CMD y\n", "BER0025" },
        { "ONBUILD_CHAINING_DISALLOWED", "FROM a:1\nONBUILD ONBUILD RUN x\n", "DL3043" },
        { "ONBUILD_TRIGGER_DISALLOWED", "FROM a:1\nONBUILD FROM b\n", "DL3043" },
        { "SHELL_JSON_FORM", "FROM a:1\nSHELL /bin/bash -c\n", "BER0014" },
        { "SHELL_REQUIRES_ONE", "FROM a:1\nSHELL []\n", "BER0002" },
        { "SYNTAX_MISSING_EQUALS", "FROM a:1\nENV a=1 b\n", "BER0013" },
        { "SYNTAX_MISSING_NAMES", "FROM a:1\nENV =x\n", "BER0013" },
        { "SYNTAX_MISSING_SINGLE_QUOTE", "FROM a:1\nENV a='x\n", "BER0033" },
        { "SYNTAX_MISSING_DOUBLE_QUOTE", "FROM a:1\nLABEL a=\"x\n", "BER0033" },
        { "MULTIPLE_INSTRUCTIONS", "FROM a:1\nCMD [\"a\"]\nCMD [\"b\"]\n", "MultipleInstructionsDisallowed" },
        { "UNKNOWN_INSTRUCTION", "FROM a:1\nFOO x\n", "BER0001" },
        { "UNKNOWN_ADD_FLAG", "FROM a:1\nADD --from=x a /b\n", "BER0004" },
        { "UNKNOWN_COPY_FLAG", "FROM a:1\nCOPY --checksum=x a /b\n", "BER0004" },
        { "UNKNOWN_FROM_FLAG", "FROM --foo=x a:1\n", "BER0004" },
        { "UNKNOWN_HEALTHCHECK_FLAG", "FROM a:1\nHEALTHCHECK --foo=1 CMD x\n", "BER0004" },
        { "UNKNOWN_TYPE", "FROM a:1\nHEALTHCHECK RUN x\n", "BER0015" },
        { "UNSUPPORTED_MODIFIER", "FROM a:1\nENV a=${b!c}\n", "BER0012" },
        { "DEPRECATED_MAINTAINER", "FROM a:1\nMAINTAINER me\n", "MaintainerDeprecated" },
        { "HEALTHCHECK_CMD_ARGUMENT_MISSING", "FROM a:1\nHEALTHCHECK CMD\n", "BER0002" },
        { "FLAG_INVALID_FROM_VALUE", "FROM a:1\nCOPY --from=-x a /b\n", "BER0034" },
        { "FLAG_EXPECTED_BOOLEAN_VALUE", "FROM a:1\nCOPY --link=maybe a /b\n", "BER0016" },
        { "JSON_IN_SINGLE_QUOTES", "FROM a:1\nCMD ['a', 'b']\n", "BER0029" },
        { "WORKDIR_IS_NOT_ABSOLUTE", "FROM a:1\nWORKDIR app\n", "WorkdirRelativePath" },
        { "BASE_NAME_EMPTY", "FROM $UNDEFINED\n", "UndefinedArgInFrom" },
        { "DUPLICATED_ESCAPE_DIRECTIVE", "# escape=`\n# escape=\\\nFROM a:1\n", "BER0009" },
    };

    [Theory]
    [MemberData(nameof(Checks))]
    public void Each_validator_check_has_a_Berth_rule(string validatorCode, string text, string berthId)
    {
        var found = Linter.Lint(DockerfileDocument.Parse(text), LintSettings.Default);
        Assert.True(found.Any(d => d.Code == berthId), $"{validatorCode}: expected {berthId}, got {string.Join(", ", found.Select(d => d.Code))}");
    }

    [Fact]
    public void The_table_covers_all_52_reported_checks()
    {
        // 53 codes, of which ARGUMENT_REQUIRES_ONE is defined but never reported by the validator.
        Assert.Equal(52, Checks.Count());
        Assert.True(RuleRegistry().All(id => id.Length > 0));
    }

    private static IEnumerable<string> RuleRegistry() => Berth.Dockerfile.Rules.RuleRegistry.Descriptors.Select(d => d.Id);
}
