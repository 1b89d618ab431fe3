using Berth.Benchmarks.Corpus;

namespace Berth.Benchmarks.Tests;

public sealed class DeterministicRandomTests
{
    [Fact]
    public void Follows_the_published_splitmix64_sequence()
    {
        // Reference outputs of SplitMix64 (Steele, Lea, Flood 2014) for seed 0: if these change, every corpus
        // and every recorded benchmark number changes with them.
        var random = new DeterministicRandom(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.NextUInt64());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.NextUInt64());
        Assert.Equal(0x06C45D188009454FUL, random.NextUInt64());
    }

    [Fact]
    public void Stays_in_range()
    {
        var random = new DeterministicRandom(42);
        for (var i = 0; i < 10_000; i++) Assert.InRange(random.Next(3, 9), 3, 8);
        Assert.Throws<ArgumentOutOfRangeException>(() => random.Next(5, 5));
    }
}
