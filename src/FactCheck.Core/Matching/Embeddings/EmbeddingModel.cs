namespace FactCheck.Core.Matching.Embeddings;

/// <summary>An ONNX sentence-transformer ready to load: the model, its WordPiece vocabulary and how to use them.</summary>
/// <param name="ModelId">Stable name of the model and settings; part of the key of every stored vector.</param>
/// <param name="OnnxModel">The serialized ONNX graph.</param>
/// <param name="Vocabulary">vocab.txt, one token a line; the line number is the token id.</param>
/// <param name="Pooling">How token vectors become the sentence vector.</param>
/// <param name="LowerCase">Whether the model's tokenizer lower-cases and strips accents (uncased models).</param>
/// <param name="MaxTokens">Inputs are cut to this many tokens, [CLS] and [SEP] included.</param>
/// <param name="QueryPrefix">Instruction the model expects before a query (a message passage), or empty.</param>
public sealed record EmbeddingModel(
    string ModelId,
    byte[] OnnxModel,
    IReadOnlyList<string> Vocabulary,
    EmbeddingPooling Pooling,
    bool LowerCase,
    int MaxTokens,
    string QueryPrefix = "");
