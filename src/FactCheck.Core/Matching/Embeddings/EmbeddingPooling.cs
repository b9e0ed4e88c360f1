namespace FactCheck.Core.Matching.Embeddings;

/// <summary>How a sentence vector is drawn from the model's token vectors.</summary>
public enum EmbeddingPooling
{
    /// <summary>Average of the token vectors under the attention mask (all-MiniLM-L6-v2, most sentence-transformers).</summary>
    Mean = 0,

    /// <summary>The vector of the first ([CLS]) token (Snowflake arctic-embed, LaBSE).</summary>
    Cls,
}
