namespace Berth.LanguageServer.Documents;

/// <summary>
/// When a version of a very large document is about to be parsed, the garbage of its earlier versions is collected
/// first, once enough has been allocated since the last time.
/// </summary>
/// <remarks>
/// Why: parsing a version of a 50,000-line file allocates ~60 MB, of which a ~20 MB tree lives as long as the version.
/// After fast typing, when completion parses the newest version, the earlier versions' garbage sits in the oldest
/// generation, which the runtime collects rarely, so the process grew by 25-60 MB more to hold the new parse (peak
/// 247-268 MB without this collection, 225-228 MB with it; bench/RESULTS.md). A full collection takes a few tens of
/// milliseconds there, against half a second for the peer's completion; documents under ~30,000 lines are never
/// affected.
/// </remarks>
public static class LargeDocumentMemory
{
    /// <summary>About 30,000 lines: below this, nothing is ever collected here.</summary>
    public const int LargeDocumentCharacters = 1_000_000;

    // Allocated since the last collection made here, before another is worth its time.
    private const long CollectAfterBytes = 32L * 1024 * 1024;

    private static long _allocatedAtLastCollection;

    /// <summary>Collects first when <paramref name="text"/> is large and enough was allocated since; true when it did.</summary>
    public static bool BeforeParsing(string text)
    {
        if (text.Length < LargeDocumentCharacters) return false;
        var allocated = GC.GetTotalAllocatedBytes();
        if (allocated - Interlocked.Read(ref _allocatedAtLastCollection) < CollectAfterBytes) return false;
        Interlocked.Exchange(ref _allocatedAtLastCollection, allocated);
        // Blocking: a background collection (measured too) let the parse grow the heap before it freed anything,
        // 5-8 MB more at the peak for ~70 ms less on the first request after typing.
        GC.Collect();
        return true;
    }
}
