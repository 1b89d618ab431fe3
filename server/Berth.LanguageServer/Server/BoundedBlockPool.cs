using System.Buffers;

namespace Berth.LanguageServer.Server;

/// <summary>
/// Blocks for the message pipes (the editor's input, our output): a few kept for reuse, any more allocated and left to
/// the garbage collector.
/// Why: with the shared pool, the blocks a large message took stayed in the pool for the rest of the session. A
/// 50,000-line file's didOpen (1.7 MB) and outline answer (3.5 MB) took 145 blocks of 64 KB, 9.5 MB that stayed while
/// every later message needs one or two.
/// </summary>
public sealed class BoundedBlockPool(int blockSize, int keep) : MemoryPool<byte>
{
    private readonly Stack<byte[]> _kept = new(keep);

    public override int MaxBufferSize => int.MaxValue;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        if (minBufferSize > blockSize) return new Block(this, new byte[minBufferSize]);
        lock (_kept)
        {
            if (_kept.TryPop(out var kept)) return new Block(this, kept);
        }
        return new Block(this, new byte[blockSize]);
    }

    /// <summary>How many blocks wait for reuse (for tests).</summary>
    public int KeptCount
    {
        get
        {
            lock (_kept) return _kept.Count;
        }
    }

    private void Return(byte[] block)
    {
        if (block.Length != blockSize) return;
        lock (_kept)
        {
            if (_kept.Count < keep) _kept.Push(block);
        }
    }

    protected override void Dispose(bool disposing)
    {
    }

    private sealed class Block(BoundedBlockPool pool, byte[] array) : IMemoryOwner<byte>
    {
        private byte[]? _array = array;

        public Memory<byte> Memory => _array ?? throw new ObjectDisposedException(nameof(Block));

        public void Dispose()
        {
            if (_array is { } array) pool.Return(array);
            _array = null;
        }
    }
}
