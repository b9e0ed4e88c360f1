using System.Security.Cryptography;
using System.Text;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>The key a stored vector is filed under, beside the model id: the SHA-256 of the text's UTF-8 bytes.</summary>
public static class EmbeddingKey
{
    /// <summary>SHA-256 of <paramref name="text"/> as 64 lower-case hex digits.</summary>
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
