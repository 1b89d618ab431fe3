using Berth.Dockerfile.BuildContext;

namespace Berth.Dockerfile.Tests.Rules;

/// <summary>Go's filepath.Match, checked against the cases of Go's own test table (path/filepath match_test.go).</summary>
public sealed class GoPathMatchTests
{
    public static TheoryData<string, string, bool> Cases => new()
    {
        { "abc", "abc", true },
        { "*", "abc", true },
        { "*c", "abc", true },
        { "a*", "a", true },
        { "a*", "abc", true },
        { "a*", "ab/c", false },
        { "a*/b", "abc/b", true },
        { "a*/b", "a/c/b", false },
        { "a*b*c*d*e*/f", "axbxcxdxe/f", true },
        { "a*b*c*d*e*/f", "axbxcxdxexxx/f", true },
        { "a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false },
        { "a*b*c*d*e*/f", "axbxcxdxexxx/fff", false },
        { "a*b?c*x", "abxbbxdbxebxczzx", true },
        { "a*b?c*x", "abxbbxdbxebxczzy", false },
        { "ab[c]", "abc", true },
        { "ab[b-d]", "abc", true },
        { "ab[e-g]", "abc", false },
        { "ab[^c]", "abc", false },
        { "ab[^b-d]", "abc", false },
        { "ab[^e-g]", "abc", true },
        { "a\\*b", "a*b", true },
        { "a\\*b", "ab", false },
        { "a?b", "a☺b", true },
        { "a[^a]b", "a☺b", true },
        { "a???b", "a☺b", false },
        { "a[!a]b", "a☺b", false },
        { "a?b", "a😀b", true },
        { "[a-ζ]*", "α", true },
        { "*[a-ζ]", "A", false },
        { "a?b", "a/b", false },
        { "a*b", "a/b", false },
        { "[\\]a]", "]", true },
        { "[\\-]", "-", true },
        { "[x\\-]", "x", true },
        { "[x\\-]", "-", true },
        { "[x\\-]", "z", false },
        { "[\\-x]", "x", true },
        { "*x", "xxx", true },
        { ".*", ".env", true },
        { "*.json", "package.json", true },
        { "*.json", ".json", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_like_go(string pattern, string name, bool expected) => Assert.Equal(expected, GoPathMatch.Matches(pattern, name));

    [Theory]
    [InlineData("[]a]")]
    [InlineData("[-]")]
    [InlineData("[x-]")]
    [InlineData("[a-b-c]")]
    [InlineData("[")]
    [InlineData("[^")]
    [InlineData("[^bc")]
    [InlineData("a[")]
    [InlineData("a\\")]
    [InlineData("*x\\")]
    [InlineData("a*[")]
    public void Malformed_patterns_match_nothing_and_are_reported_as_malformed(string pattern)
    {
        Assert.True(GoPathMatch.IsMalformed(pattern));
        Assert.False(GoPathMatch.Matches(pattern, "a"));
    }

    [Fact]
    public void Well_formed_patterns_are_not_malformed()
    {
        Assert.False(GoPathMatch.IsMalformed("*.[ch]"));
        Assert.False(GoPathMatch.IsMalformed("src/**/x"));
    }

    [Fact]
    public void A_context_glob_walks_only_the_folders_it_needs()
    {
        var context = new FakeBuildContext("", "a/x.go", "a/y.txt", "b/z.go", "c/d/e.go", ".env");
        Assert.Equal(["a/x.go", "b/z.go"], ContextGlob.Matches(context, "*/*.go"));
        Assert.Equal(["c/d/e.go"], ContextGlob.Matches(context, "c/*/e.go"));
        Assert.Equal([".env"], ContextGlob.Matches(context, ".e?v"));
        Assert.Empty(ContextGlob.Matches(context, "nope/*.go")!);
        Assert.Null(ContextGlob.Matches(context, "*.[go"));
    }
}
