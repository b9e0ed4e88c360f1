namespace FactCheck.Core.Matching.Embeddings;

/// <summary>An error reported by USearch's native library (a file it cannot read, an index full, ...).</summary>
public sealed class UsearchException : Exception
{
    public UsearchException()
    {
    }

    public UsearchException(string message)
        : base(message)
    {
    }

    public UsearchException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
