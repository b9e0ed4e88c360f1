using System.Globalization;
using System.Numerics;

namespace FactCheck.Core.Images;

/// <summary>
/// A 256-bit PDQ perceptual hash. Bit k is DCT coefficient (k / 16, k % 16) being above the median. The text form is
/// PDQ's published one (64 hex digits, bit 255 first), so hashes can be compared with other PDQ implementations.
/// </summary>
public readonly record struct PdqHash(ulong W0, ulong W1, ulong W2, ulong W3)
{
    public const int Bits = 256;

    public bool this[int bit] => ((Word(bit / 64) >> (bit % 64)) & 1) != 0;

    /// <summary>The number of differing bits: 0 for the same picture, about 128 for unrelated ones.</summary>
    public int DistanceTo(PdqHash other) =>
        BitOperations.PopCount(W0 ^ other.W0) + BitOperations.PopCount(W1 ^ other.W1)
        + BitOperations.PopCount(W2 ^ other.W2) + BitOperations.PopCount(W3 ^ other.W3);

    public bool Matches(PdqHash other, int maxDistance) => DistanceTo(other) <= maxDistance;

    public static PdqHash FromBits(ReadOnlySpan<bool> bits)
    {
        if (bits.Length != Bits)
        {
            throw new ArgumentException($"A PDQ hash has {Bits} bits.", nameof(bits));
        }

        Span<ulong> words = stackalloc ulong[4];
        for (var k = 0; k < Bits; k++)
        {
            if (bits[k])
            {
                words[k / 64] |= 1UL << (k % 64);
            }
        }

        return new PdqHash(words[0], words[1], words[2], words[3]);
    }

    /// <summary>The 32-byte stored form (words little-endian, W0 first); every store keeps hashes this way.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[32];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), W0);
        BitConverter.TryWriteBytes(bytes.AsSpan(8, 8), W1);
        BitConverter.TryWriteBytes(bytes.AsSpan(16, 8), W2);
        BitConverter.TryWriteBytes(bytes.AsSpan(24, 8), W3);
        return bytes;
    }

    /// <summary>The hash of <see cref="ToBytes"/>'s 32 bytes.</summary>
    public static PdqHash FromBytes(ReadOnlySpan<byte> bytes) => bytes.Length == 32
        ? new(BitConverter.ToUInt64(bytes[..8]), BitConverter.ToUInt64(bytes[8..16]), BitConverter.ToUInt64(bytes[16..24]), BitConverter.ToUInt64(bytes[24..32]))
        : throw new ArgumentException("A stored PDQ hash has 32 bytes.", nameof(bytes));

    public override string ToString() =>
        string.Concat(Hex(W3), Hex(W2), Hex(W1), Hex(W0));

    public static bool TryParse(string? text, out PdqHash hash)
    {
        hash = default;
        if (text is not { Length: 64 })
        {
            return false;
        }

        Span<ulong> words = stackalloc ulong[4];
        for (var i = 0; i < 4; i++)
        {
            if (!ulong.TryParse(text.AsSpan(i * 16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out words[3 - i]))
            {
                return false;
            }
        }

        hash = new PdqHash(words[0], words[1], words[2], words[3]);
        return true;
    }

    private ulong Word(int index) => index switch { 0 => W0, 1 => W1, 2 => W2, _ => W3 };

    private static string Hex(ulong word) => word.ToString("x16", CultureInfo.InvariantCulture);
}
