namespace FactCheck.Core.Import;

/// <summary>The characters of a reader through a 64 KiB block, with one character of look-ahead.</summary>
internal sealed class CharCursor(TextReader reader)
{
    private readonly char[] block = new char[1 << 16];
    private int position;
    private int length;

    /// <summary>The next character without taking it, or -1 at the end.</summary>
    public int Peek() => position < length || Fill() ? block[position] : -1;

    /// <summary>The next character, or -1 at the end.</summary>
    public int Next() => position < length || Fill() ? block[position++] : -1;

    private bool Fill()
    {
        length = reader.Read(block, 0, block.Length);
        position = 0;
        return length > 0;
    }
}
