namespace Berth.Benchmarks.Tests;

public sealed class BenchmarkOptionsTests
{
    [Fact]
    public void Reads_numbers_and_lists()
    {
        var options = new BenchmarkOptions(["--sessions", "4", "--sizes", "100, 1_000,50000"]);

        Assert.Equal(4, options.Int("sessions", 1));
        Assert.Equal([100, 1_000, 50_000], options.Ints("sizes", []));
        Assert.Equal(60, options.Int("timeout", 60));
        options.RejectUnknown("lsp");
    }

    [Theory]
    [InlineData(new[] { "--sessions", "many" }, "--sessions many")]
    [InlineData(new[] { "--sessions", "0" }, "at least 1")]
    [InlineData(new[] { "--sizes", "100,lots" }, "\"lots\" is not a positive whole number")]
    public void Bad_values_name_the_option(string[] arguments, string expected)
    {
        var options = new BenchmarkOptions(arguments);

        var error = Assert.Throws<BenchmarkException>(() =>
        {
            options.Int("sessions", 1);
            options.Ints("sizes", [1]);
        });
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Malformed_and_unknown_options_are_refused()
    {
        Assert.Contains("needs a value", Assert.Throws<BenchmarkException>(() => new BenchmarkOptions(["--sizes"])).Message);
        Assert.Contains("Unexpected argument", Assert.Throws<BenchmarkException>(() => new BenchmarkOptions(["sizes"])).Message);
        var options = new BenchmarkOptions(["--sesions", "3"]);
        options.Int("sessions", 1);
        Assert.Contains("--sesions", Assert.Throws<BenchmarkException>(() => options.RejectUnknown("lsp")).Message);
    }
}
