using Berth.Benchmarks.Measurement;
using Berth.Benchmarks.Reporting;

namespace Berth.Benchmarks.Tests;

public sealed class FormatTests
{
    [Theory]
    [InlineData(0.123, "0.12 ms")]
    [InlineData(4.56, "4.6 ms")]
    [InlineData(123.4, "123 ms")]
    [InlineData(4_700, "4.70 s")]
    [InlineData(35_000, "35.0 s")]
    public void Durations_read_at_a_glance(double ms, string expected)
    {
        Assert.Equal(expected, Format.Milliseconds(ms));
    }

    [Theory]
    [InlineData(512 * 1024, "512 KB")]
    [InlineData(66.7 * 1024 * 1024, "66.7 MB")]
    [InlineData(1.5 * 1024 * 1024 * 1024, "1.50 GB")]
    public void Sizes_read_at_a_glance(double bytes, string expected)
    {
        Assert.Equal(expected, Format.Bytes(bytes));
    }

    [Fact]
    public void Cells_say_timeout_and_unsupported_in_words()
    {
        Assert.Equal("> 60.0 s", Format.Duration(Outcome.TimedOutAfter(60_000)));
        Assert.Equal("n/a", Format.Duration(Outcome.Unsupported));
        Assert.Equal("not reached", Format.Duration(Outcome.NotReached));
        Assert.Equal("failed", Format.Duration(Outcome.FailedWith("error -32603")));
    }

    [Fact]
    public void Ratios_are_berth_over_peer_and_bounded_when_the_peer_timed_out()
    {
        Assert.Equal("0.050×", Format.Ratio(Outcome.Of(5), Outcome.Of(100)));
        Assert.Equal("2.00×", Format.Ratio(Outcome.Of(200), Outcome.Of(100)));
        Assert.Equal("< 0.0010×", Format.Ratio(Outcome.Of(60), Outcome.TimedOutAfter(60_000)));
        Assert.Equal("n/a", Format.Ratio(Outcome.Unsupported, Outcome.Of(100)));
        Assert.Equal("n/a", Format.Ratio(Outcome.Of(1), Outcome.Unsupported));
    }

    [Fact]
    public void Negative_durations_are_a_bug_not_a_cell()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Format.Milliseconds(-1));
    }
}
