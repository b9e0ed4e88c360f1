using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>
/// Dynamic int8 quantization of a sentence-transformer's ONNX graph: every matrix product with a constant float weight
/// becomes ONNX Runtime's <c>DynamicQuantizeMatMul</c>, whose weight is int8 with one scale per output column and
/// whose input is quantized on the fly. On this project's 2-core host it cuts arctic-xs from about 10.5 to 7.3 ms a
/// message, and its sentence vectors keep a cosine of 0.997 or more to the float model's (see bench/README.md).
/// </summary>
public static class Int8Quantizer
{
    private const int FloatType = 1;
    private const int Int8Type = 3;
    private const string ContribDomain = "com.microsoft";

    /// <summary>
    /// <paramref name="model"/> with its matrix products quantized and ";int8" added to its id, so vectors stored for
    /// the float model are never mixed with the quantized one's. A model with nothing to quantize (already quantized,
    /// or no constant float weights) is returned as it is.
    /// </summary>
    public static EmbeddingModel Quantize(EmbeddingModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var quantized = Quantize(model.OnnxModel, out var count);
        return count == 0 ? model : model with { OnnxModel = quantized, ModelId = model.ModelId + ";int8" };
    }

    /// <summary>The serialized graph with each float <c>MatMul</c> by a constant 2-D weight quantized; <paramref name="count"/> says how many.</summary>
    public static byte[] Quantize(byte[] onnx, out int count)
    {
        ArgumentNullException.ThrowIfNull(onnx);
        var model = ModelProto.Parser.ParseFrom(onnx);
        var graph = model.Graph;
        var initializers = graph.Initializer.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var uses = graph.Node.SelectMany(n => n.Input).GroupBy(name => name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        count = 0;
        foreach (var node in graph.Node)
        {
            if (node.OpType != "MatMul" || node.Input.Count != 2 || !string.IsNullOrEmpty(node.Domain)
                || !initializers.TryGetValue(node.Input[1], out var weight) || weight.DataType != FloatType || weight.Dims.Count != 2)
            {
                continue;
            }

            var (values, scales, zeros) = QuantizeColumns(weight);
            graph.Initializer.Add(values);
            graph.Initializer.Add(scales);
            graph.Initializer.Add(zeros);
            var input = node.Input[0];
            node.Input.Clear();
            node.Input.Add([input, values.Name, scales.Name, zeros.Name]);
            node.OpType = "DynamicQuantizeMatMul";
            node.Domain = ContribDomain;
            if (uses[weight.Name] == 1)
            {
                graph.Initializer.Remove(weight);
            }

            count++;
        }

        if (count > 0 && !model.OpsetImport.Any(o => o.Domain == ContribDomain))
        {
            model.OpsetImport.Add(new OperatorSetIdProto { Domain = ContribDomain, Version = 1 });
        }

        return count == 0 ? onnx : model.ToByteArray();
    }

    // Symmetric per column (zero point 0): the output column n of x·W only ever sees W's column n, so each keeps its
    // own range; one scale for the whole matrix lets a few large weights flatten all the others.
    private static (TensorProto Values, TensorProto Scales, TensorProto Zeros) QuantizeColumns(TensorProto weight)
    {
        var rows = checked((int)weight.Dims[0]);
        var columns = checked((int)weight.Dims[1]);
        var data = weight.FloatData.Count > 0
            ? weight.FloatData.ToArray()
            : MemoryMarshal.Cast<byte, float>(weight.RawData.Span).ToArray();
        if (data.Length != rows * columns)
        {
            throw new InvalidDataException($"Weight {weight.Name} holds {data.Length} values for a {rows}x{columns} matrix.");
        }

        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                scales[c] = Math.Max(scales[c], Math.Abs(data[(r * columns) + c]));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            scales[c] = scales[c] > 0 ? scales[c] / 127f : 1f;
        }

        var quantized = new byte[data.Length];
        for (var i = 0; i < data.Length; i++)
        {
            quantized[i] = unchecked((byte)(sbyte)Math.Clamp(MathF.Round(data[i] / scales[i % columns]), -127f, 127f));
        }

        var values = Tensor(weight.Name + "_int8", Int8Type, quantized, rows, columns);
        var scale = Tensor(weight.Name + "_int8_scale", FloatType, MemoryMarshal.AsBytes(scales.AsSpan()).ToArray(), columns);
        var zeros = Tensor(weight.Name + "_int8_zero", Int8Type, new byte[columns], columns);
        return (values, scale, zeros);
    }

    private static TensorProto Tensor(string name, int type, byte[] raw, params long[] dims)
    {
        var tensor = new TensorProto { Name = name, DataType = type, RawData = ByteString.CopyFrom(raw) };
        tensor.Dims.Add(dims);
        return tensor;
    }
}
