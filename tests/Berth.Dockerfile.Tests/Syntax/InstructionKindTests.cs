using Berth.Dockerfile.Syntax;

namespace Berth.Dockerfile.Tests.Syntax;

public sealed class InstructionKindTests
{
    public static TheoryData<InstructionKind> EveryKind => [.. Enum.GetValues<InstructionKind>()];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void A_kind_s_keyword_is_its_name_in_upper_case_and_reads_back_as_that_kind(InstructionKind kind)
    {
        var keyword = kind.Keyword();

        if (kind == InstructionKind.Unknown)
        {
            Assert.Equal("", keyword);
            return;
        }
        Assert.Equal(kind.ToString().ToUpperInvariant(), keyword);
        Assert.Equal(kind, InstructionKinds.FromKeyword(keyword));
        Assert.Equal(kind, InstructionKinds.FromKeyword(keyword.ToLowerInvariant()));
    }

    [Fact]
    public void A_value_outside_the_enum_has_no_keyword() => Assert.Equal("", ((InstructionKind)99).Keyword());
}
