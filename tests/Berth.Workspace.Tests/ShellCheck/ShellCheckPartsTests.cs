using Berth.Workspace.ShellCheck;

namespace Berth.Workspace.Tests.ShellCheck;

/// <summary>The small parts of the ShellCheck edge: the report reader, the program search and the cache.</summary>
public sealed class ShellCheckPartsTests
{
    [Fact]
    public void The_json1_report_is_read_with_positions_level_code_and_message()
    {
        var comments = ShellCheckOutput.Parse("""{"comments":[{"file":"-","line":2,"endLine":2,"column":6,"endColumn":8,"level":"info","code":2086,"message":"Double quote.","fix":null}]}""");
        var comment = Assert.Single(comments);
        Assert.Equal(new Berth.Dockerfile.ShellCheck.ShellCheckComment(2, 6, 2, 8, "info", 2086, "Double quote."), comment);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("""{"other":[]}""")]
    [InlineData("""{"comments":[{"line":1}]}""")]
    public void A_report_that_is_not_shellchecks_gives_one_clear_error(string output)
    {
        var error = Assert.Throws<ShellCheckException>(() => ShellCheckOutput.Parse(output));
        Assert.Contains("ShellCheck 0.7 or newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_program_is_found_on_path_or_at_the_configured_path()
    {
        using var folder = new TempFolder();
        var program = folder.Write("bin/shellcheck", "#!/bin/sh\n");
        var path = string.Join(Path.PathSeparator, Path.Combine(folder.Path, "empty"), Path.Combine(folder.Path, "bin"));
        Assert.Equal(program, ShellCheckProgram.Find(null, path));
        Assert.Null(ShellCheckProgram.Find(null, Path.Combine(folder.Path, "empty")));
        Assert.Null(ShellCheckProgram.Find(null, null));
        Assert.Equal(program, ShellCheckProgram.Find(program, null));
        Assert.Null(ShellCheckProgram.Find(Path.Combine(folder.Path, "missing"), path));
    }

    [Fact]
    public void The_cache_forgets_the_least_recently_used_entry_first()
    {
        var cache = new LruCache<string, int>(2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        Assert.True(cache.TryGet("a", out _));
        cache.Set("c", 3);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
        Assert.Equal(2, cache.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => new LruCache<string, int>(0));
    }
}
