using Berth.Dockerfile.BuildContext;

namespace Berth.Docker.Tests;

public sealed class DockerIgnoreMatcherTests
{
    private static bool Excluded(string ignore, string path) => new DockerIgnoreMatcher(DockerIgnoreFile.Parse(ignore)).IsExcluded(path);

    [Theory]
    [InlineData("*.md", "README.md", true)]
    [InlineData("*.md", "docs/README.md", false)]       // '*' does not cross '/'
    [InlineData("**/*.md", "docs/a/README.md", true)]
    [InlineData("**/*.md", "README.md", true)]           // '**/' also matches zero folders
    [InlineData("docs", "docs/a/b.txt", true)]           // a matched folder excludes its content
    [InlineData("/docs", "docs/x", true)]                // a leading '/' is the context root
    [InlineData("./docs/../src//", "src/a.c", true)]     // patterns are cleaned
    [InlineData("src/**", "src/a/b/c", true)]
    [InlineData("src/**", "srcx", false)]
    [InlineData("a?c", "abc", true)]
    [InlineData("a?c", "a/c", false)]
    [InlineData("[a-c]x", "bx", true)]
    [InlineData("[a-c]x", "dx", false)]
    [InlineData("[^a]x", "bx", true)]
    [InlineData(@"\*x", "*x", true)]
    [InlineData(@"\*x", "ax", false)]
    [InlineData("file(1).txt", "file(1).txt", true)]     // regex specials are literal
    [InlineData("a.b", "axb", false)]
    [InlineData("# comment", "# comment", false)]
    [InlineData(" #x", "#x", true)]                       // only column-one '#' starts a comment
    [InlineData("*\n!keep.txt", "keep.txt", false)]
    [InlineData("*\n!keep.txt", "other.txt", true)]
    [InlineData("!keep.txt\n*", "keep.txt", true)]       // the last matching pattern wins
    [InlineData("logs\n!logs/keep", "logs/keep", false)]
    [InlineData("logs\n!logs/keep", "logs/other", true)]
    [InlineData("**/node_modules", "a/b/node_modules/x.js", true)]
    [InlineData("*", ".", false)]                        // the context itself is never excluded
    [InlineData("\uFEFFsecret", "secret", true)]         // a BOM is not part of the first pattern
    [InlineData("secret\r\n", "secret", true)]
    public void Matches_like_docker(string ignore, string path, bool excluded) =>
        Assert.Equal(excluded, Excluded(ignore, path));

    [Theory]
    [InlineData("!")]
    [InlineData("[a-")]
    [InlineData("abc[")]
    [InlineData("x\\")]
    [InlineData("[]a]")]
    public void Refuses_patterns_docker_refuses_with_a_message(string line)
    {
        var file = DockerIgnoreFile.Parse("ok\n" + line + "\n");
        var error = Assert.Single(file.Errors);
        Assert.Equal(3, error.Span.Start);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Single(file.Patterns);
    }

    [Fact]
    public void Walks_an_excluded_folder_only_when_an_exception_names_something_inside()
    {
        var matcher = new DockerIgnoreMatcher(DockerIgnoreFile.Parse("vendor\nbuild\n!vendor/keep/*.go"));
        Assert.True(matcher.MustWalkExcludedFolder("vendor"));
        Assert.True(matcher.MustWalkExcludedFolder("vendor/keep"));
        Assert.False(matcher.MustWalkExcludedFolder("build"));
        Assert.True(matcher.IsExcluded("vendor/other.go"));
        Assert.False(matcher.IsExcluded("vendor/keep/a.go"));
    }

    [Theory]
    [InlineData("", ".")]
    [InlineData("a//b/./c/", "a/b/c")]
    [InlineData("a/../../b", "../b")]
    [InlineData("/../a", "/a")]
    [InlineData("./", ".")]
    public void Cleans_paths_like_go(string path, string clean) => Assert.Equal(clean, SlashPath.Clean(path));
}
