using Berth.LanguageServer.Documents;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>Before a very large document is parsed, the garbage of its earlier versions is collected; never for others.</summary>
public sealed class LargeDocumentMemoryTests
{
    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 1024 * 1024) GC.KeepAlive(new byte[1024 * 1024]);
    }

    [Fact]
    public void A_large_document_is_parsed_after_a_full_collection_once_enough_was_allocated()
    {
        var large = new string('x', LargeDocumentMemory.LargeDocumentCharacters);
        Allocate(40L * 1024 * 1024);
        var before = GC.CollectionCount(2);

        Assert.True(LargeDocumentMemory.BeforeParsing(large));
        Assert.True(GC.CollectionCount(2) > before);
    }

    [Fact]
    public void A_document_under_the_size_is_never_the_occasion_of_a_collection()
    {
        var small = new string('x', LargeDocumentMemory.LargeDocumentCharacters - 1);
        Allocate(40L * 1024 * 1024);

        Assert.False(LargeDocumentMemory.BeforeParsing(small));
    }

    [Fact]
    public void A_snapshot_of_a_large_document_still_parses_it()
    {
        var text = string.Concat(Enumerable.Repeat("FROM alpine\nRUN echo hello\n", LargeDocumentMemory.LargeDocumentCharacters / 27 + 1));
        var snapshot = new DocumentSnapshot("file:///w/Dockerfile", "dockerfile", 1, text);

        Assert.Equal(2 * (LargeDocumentMemory.LargeDocumentCharacters / 27 + 1), snapshot.Dockerfile.Syntax.Instructions.Count);
    }
}
