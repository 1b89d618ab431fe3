using Berth.LanguageServer.Server;

namespace Berth.LanguageServer.Tests.Units;

/// <summary>The message pipes' blocks: a few are reused, the rest are left to the garbage collector.</summary>
public sealed class BoundedBlockPoolTests
{
    [Fact]
    public void Returned_blocks_are_reused_up_to_the_number_kept_and_the_rest_are_dropped()
    {
        using var pool = new BoundedBlockPool(1024, keep: 2);
        var rented = Enumerable.Range(0, 5).Select(_ => pool.Rent(100)).ToList();
        var arrays = rented.Select(block => block.Memory).ToList();

        Assert.All(arrays, memory => Assert.Equal(1024, memory.Length));
        foreach (var block in rented) block.Dispose();

        Assert.Equal(2, pool.KeptCount);
        using var again = pool.Rent();
        Assert.Contains(arrays, memory => memory.Span == again.Memory.Span);
        Assert.Equal(1, pool.KeptCount);
    }

    [Fact]
    public void A_request_larger_than_a_block_gets_its_own_array_which_is_not_kept()
    {
        using var pool = new BoundedBlockPool(1024, keep: 2);

        var large = pool.Rent(5000);
        Assert.True(large.Memory.Length >= 5000);
        large.Dispose();

        Assert.Equal(0, pool.KeptCount);
    }

    [Fact]
    public void A_block_is_returned_once_and_unusable_after_it()
    {
        using var pool = new BoundedBlockPool(1024, keep: 4);
        var block = pool.Rent();

        block.Dispose();
        block.Dispose();

        Assert.Equal(1, pool.KeptCount);
        Assert.Throws<ObjectDisposedException>(() => block.Memory);
    }
}
