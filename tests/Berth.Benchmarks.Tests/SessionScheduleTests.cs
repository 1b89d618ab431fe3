using Berth.Benchmarks.Comparison;

namespace Berth.Benchmarks.Tests;

public sealed class SessionScheduleTests
{
    [Fact]
    public void Sessions_go_round_by_round_one_of_every_size_per_round()
    {
        var order = SessionSchedule.Of([1_000, 10_000, 50_000], _ => 3);

        Assert.Equal(
            [(1_000, 1), (10_000, 1), (50_000, 1), (1_000, 2), (10_000, 2), (50_000, 2), (1_000, 3), (10_000, 3), (50_000, 3)],
            order);
    }

    [Fact]
    public void A_size_with_fewer_sessions_drops_out_of_the_later_rounds_and_each_size_gets_its_count()
    {
        var order = SessionSchedule.Of([100, 50_000], lines => lines < 1_000 ? 4 : 2);

        Assert.Equal([(100, 1), (50_000, 1), (100, 2), (50_000, 2), (100, 3), (100, 4)], order);
        Assert.Equal(4, order.Count(s => s.Lines == 100));
        Assert.Equal(2, order.Count(s => s.Lines == 50_000));
    }

    [Fact]
    public void No_sizes_means_no_sessions() => Assert.Empty(SessionSchedule.Of([], _ => 5));
}
