using Berth.Benchmarks.Measurement;

namespace Berth.Benchmarks.Tests;

public sealed class MedianTests
{
    [Fact]
    public void Takes_the_middle_of_an_odd_count_and_the_mean_of_the_middle_pair_of_an_even_count()
    {
        Assert.Equal(3, Median.Of([5.0, 1, 3]));
        Assert.Equal(2.5, Median.Of([4.0, 1, 3, 2]));
        Assert.Equal(7, Median.Of([7.0]));
    }

    [Fact]
    public void Of_no_values_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => Median.Of(Array.Empty<double>()));
    }

    [Fact]
    public void Timeouts_count_as_slower_than_any_measurement()
    {
        var mostlyTimedOut = Median.Of([Outcome.Of(10), Outcome.TimedOutAfter(60_000), Outcome.TimedOutAfter(60_000)]);
        var mostlyMeasured = Median.Of([Outcome.Of(10), Outcome.Of(30), Outcome.TimedOutAfter(60_000)]);
        var evenSplit = Median.Of([Outcome.Of(10), Outcome.TimedOutAfter(60_000)]);

        Assert.Equal(OutcomeKind.TimedOut, mostlyTimedOut.Kind);
        Assert.Equal(Outcome.Of(30), mostlyMeasured);
        Assert.Equal(OutcomeKind.TimedOut, evenSplit.Kind);
    }

    [Fact]
    public void Of_outcomes_averages_the_middle_pair()
    {
        Assert.Equal(Outcome.Of(15), Median.Of([Outcome.Of(20), Outcome.Of(10), Outcome.Of(40), Outcome.Of(5)]));
    }

    [Fact]
    public void Without_measurements_says_why()
    {
        Assert.Equal(Outcome.Unsupported, Median.Of([Outcome.Unsupported, Outcome.Unsupported]));
        Assert.Equal(Outcome.NotReached, Median.Of([Outcome.NotReached]));
        Assert.Equal(OutcomeKind.Failed, Median.Of([Outcome.FailedWith("boom")]).Kind);
        // Sessions that got to measure win over those that didn't reach the step.
        Assert.Equal(Outcome.Of(8), Median.Of([Outcome.NotReached, Outcome.Of(8)]));
    }
}
