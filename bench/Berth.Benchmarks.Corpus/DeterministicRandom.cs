namespace Berth.Benchmarks.Corpus;

/// <summary>
/// SplitMix64: a tiny pseudo-random generator whose sequence is fixed by its seed forever. System.Random's
/// seeded algorithm is an implementation detail of the runtime, so a benchmark corpus built on it could
/// silently change between .NET versions and make old numbers incomparable.
/// </summary>
public sealed class DeterministicRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int minInclusive, int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(minInclusive, maxExclusive);
        var range = (ulong)(maxExclusive - minInclusive);
        return minInclusive + (int)(NextUInt64() % range);
    }

    public bool Chance(int percent) => Next(0, 100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(0, items.Count)];
}
