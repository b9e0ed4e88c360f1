namespace FactCheck.Telegram.Updates;

/// <summary>A memory stream that refuses to grow past a limit, so a file larger than it said is abandoned while it
/// streams in rather than held whole.</summary>
internal sealed class CappedBuffer(long limit) : MemoryStream
{
    public override void Write(byte[] buffer, int offset, int count)
    {
        Guard(count);
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        Guard(buffer.Length);
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Guard(count);
        return base.WriteAsync(buffer, offset, count, cancellationToken);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Guard(buffer.Length);
        return base.WriteAsync(buffer, cancellationToken);
    }

    private void Guard(int count)
    {
        if (Length + count > limit)
        {
            throw new FullException();
        }
    }

    /// <summary>The stream reached its limit.</summary>
    public sealed class FullException() : IOException("The file is larger than the limit.");
}
