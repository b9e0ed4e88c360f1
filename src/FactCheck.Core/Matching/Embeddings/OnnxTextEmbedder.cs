using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Sentence embeddings from a BERT-family ONNX model on the CPU, pooled and L2-normalised.</summary>
public sealed class OnnxTextEmbedder : ITextEmbedder, IDisposable
{
    private const int BatchSize = 32;

    private readonly InferenceSession _session;
    private readonly WordPieceTokenizer _tokenizer;
    private readonly EmbeddingModel _model;
    private readonly string _outputName;
    private readonly bool _wantsTokenTypes;

    public OnnxTextEmbedder(EmbeddingModel model, int intraOpThreads = 2)
    {
        ArgumentNullException.ThrowIfNull(model);
        _model = model;
        _tokenizer = new WordPieceTokenizer(model.Vocabulary, model.LowerCase);
        OnnxTelemetry.Disable();
        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };

        // Idle worker threads must not spin: the host is small and shares its cores with the chat adapters.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(model.OnnxModel, options);
        _wantsTokenTypes = _session.InputMetadata.ContainsKey("token_type_ids");
        _outputName = _session.OutputMetadata.ContainsKey("last_hidden_state")
            ? "last_hidden_state"
            : _session.OutputMetadata.First(o => o.Value.Dimensions.Length == 3).Key;
        Dimensions = _session.OutputMetadata[_outputName].Dimensions[^1];
    }

    /// <inheritdoc/>
    public string ModelId => _model.ModelId;

    /// <inheritdoc/>
    public int Dimensions { get; }

    /// <inheritdoc/>
    public string QueryPrefix => _model.QueryPrefix;

    /// <summary>Creates the embedder that <paramref name="options"/> describe.</summary>
    public static OnnxTextEmbedder Create(EmbeddingModelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var model = EmbeddingModelFiles.Load(options);
        try
        {
            return new(model, options.IntraOpThreads);
        }
        catch (OnnxRuntimeException e) when (options.Quantize)
        {
            // A graph from disk may use a layout the int8 rewrite does not suit; say which switch avoids it.
            throw new InvalidOperationException(
                $"ONNX Runtime could not load the int8 version of {model.ModelId}: {e.Message} Set Embeddings:Quantize to false to run it in float.", e);
        }
    }

    /// <inheritdoc/>
    public float[] Embed(string text) => Run([_tokenizer.Encode(text, _model.MaxTokens)])[0];

    /// <inheritdoc/>
    public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return RunSorted(texts.Select(t => _tokenizer.Encode(t, _model.MaxTokens)).ToArray(), cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>A query is read without its web addresses (<see cref="QueryText.ForModel"/>): fewer tokens, and on
    /// CLEF dev a better ranking and fewer false replies (bench/README.md).</remarks>
    public float[][] EmbedQueries(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return RunSorted(texts.Select(t => _tokenizer.Encode(QueryPrefix + QueryText.ForModel(t), _model.MaxTokens)).ToArray(), cancellationToken);
    }

    /// <summary>The word pieces the model reads of query <paramref name="text"/>, its prefix included.</summary>
    internal List<string> QueryTokens(string text) =>
        _tokenizer.Decode(_tokenizer.Encode(QueryPrefix + QueryText.ForModel(text), _model.MaxTokens));

    private float[][] RunSorted(List<int>[] encoded, CancellationToken cancellationToken)
    {
        // Batches of similar lengths waste little work on padding.
        var order = Enumerable.Range(0, encoded.Length).OrderBy(i => encoded[i].Count).ToArray();
        var result = new float[encoded.Length][];
        for (var from = 0; from < order.Length; from += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var slice = order.AsSpan(from, Math.Min(BatchSize, order.Length - from)).ToArray();
            var vectors = Run(slice.Select(i => encoded[i]).ToArray());
            for (var j = 0; j < slice.Length; j++)
            {
                result[slice[j]] = vectors[j];
            }
        }

        return result;
    }

    public void Dispose() => _session.Dispose();

    private float[][] Run(IReadOnlyList<int>[] batch)
    {
        var rows = batch.Length;
        var width = batch.Max(b => b.Count);
        var ids = new long[rows * width];
        var mask = new long[rows * width];
        Array.Fill(ids, _tokenizer.PadId);
        for (var r = 0; r < rows; r++)
        {
            for (var t = 0; t < batch[r].Count; t++)
            {
                ids[(r * width) + t] = batch[r][t];
                mask[(r * width) + t] = 1;
            }
        }

        long[] shape = [rows, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[rows * width], shape);
        var names = new List<string> { "input_ids", "attention_mask" };
        var values = new List<OrtValue> { idsValue, maskValue };
        if (_wantsTokenTypes)
        {
            names.Add("token_type_ids");
            values.Add(typesValue);
        }

        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, names, values, [_outputName]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var result = new float[rows][];
        for (var r = 0; r < rows; r++)
        {
            result[r] = Pool(hidden.Slice(r * width * Dimensions, width * Dimensions), batch[r].Count);
        }

        return result;
    }

    private float[] Pool(ReadOnlySpan<float> tokens, int length)
    {
        var vector = new float[Dimensions];
        if (_model.Pooling == EmbeddingPooling.Cls)
        {
            tokens[..Dimensions].CopyTo(vector);
        }
        else
        {
            // Padding sits after the real tokens, so the masked mean is the mean of the first `length` rows.
            for (var t = 0; t < length; t++)
            {
                TensorPrimitives.Add(vector, tokens.Slice(t * Dimensions, Dimensions), vector);
            }
        }

        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }
}
