using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using FactCheck.Core.Matching.Embeddings;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Onnx;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed class Int8QuantizerTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    [Fact]
    public void A_quantized_matrix_product_gives_what_the_float_one_gives_within_int8_rounding()
    {
        var weights = new float[4 * 3];
        for (var i = 0; i < weights.Length; i++)
        {
            // Columns of very different ranges: one scale per column keeps the small one exact enough.
            weights[i] = (i % 3 == 2 ? 0.01f : 1f) * ((i * 7 % 11) - 5) / 5f;
        }

        var graph = MatMulGraph(weights, rows: 4, columns: 3);
        var quantized = Int8Quantizer.Quantize(graph, out var count);

        Assert.Equal(1, count);
        float[] input = [0.5f, -1.25f, 2f, 0.75f, 1f, 0f, -0.5f, 3f];
        var expected = Run(graph, input);
        var actual = Run(quantized, input);
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.InRange(actual[i], expected[i] - (0.03 * (1 + Math.Abs(expected[i]))), expected[i] + (0.03 * (1 + Math.Abs(expected[i]))));
        }

        // The small column is not rounded away by the large ones.
        Assert.NotEqual(0f, actual[2]);
        Assert.Equal(Math.Sign(expected[2]), Math.Sign(actual[2]));
    }

    [Fact]
    public void The_quantized_sentence_model_keeps_its_vectors_and_its_judgement_of_what_is_close()
    {
        var quantizedModel = Int8Quantizer.Quantize(BundledEmbeddingModels.Load(BundledEmbeddingModels.MiniLmName));
        using var quantized = new OnnxTextEmbedder(quantizedModel, intraOpThreads: 1);
        string[] texts =
        [
            "Drinking bleach cures the virus",
            "Bill Gates wants to put microchips in vaccines",
            "Video Presiden Jokowi menari di istana",
            "The moon landing was filmed in a studio",
        ];

        foreach (var text in texts)
        {
            Assert.True(TensorPrimitives.Dot(fixture.Embedder.Embed(text), quantized.Embed(text)) > 0.99, text);
        }

        var claim = quantized.Embed("Vaccines contain microchips from Bill Gates");
        Assert.True(TensorPrimitives.Dot(claim, quantized.Embed(texts[1])) > TensorPrimitives.Dot(claim, quantized.Embed(texts[3])) + 0.2);
    }

    [Fact]
    public void The_quantized_model_is_named_apart_so_vectors_stored_for_the_float_model_are_not_reused()
    {
        var model = BundledEmbeddingModels.Load(BundledEmbeddingModels.MiniLmName);

        var quantized = Int8Quantizer.Quantize(model);

        Assert.Equal(model.ModelId + ";int8", quantized.ModelId);
        Assert.True(quantized.OnnxModel.Length < model.OnnxModel.Length * 0.75, "int8 weights take a quarter of the space of floats");
        Assert.Same(quantized, Int8Quantizer.Quantize(quantized));
    }

    [Fact]
    public void The_configured_model_is_quantized_unless_the_options_say_not()
    {
        var quantized = EmbeddingModelFiles.Load(new EmbeddingModelOptions { Model = BundledEmbeddingModels.MiniLmName });
        var plain = EmbeddingModelFiles.Load(new EmbeddingModelOptions { Model = BundledEmbeddingModels.MiniLmName, Quantize = false });

        Assert.EndsWith(";int8", quantized.ModelId, StringComparison.Ordinal);
        Assert.Equal(BundledEmbeddingModels.Load(BundledEmbeddingModels.MiniLmName).ModelId, plain.ModelId);
    }

    [Fact]
    public void A_graph_without_a_constant_float_weight_is_left_as_it_is()
    {
        var graph = new GraphProto { Name = "g" };
        graph.Input.Add(Value("a", 2, 4));
        graph.Input.Add(Value("b", 4, 3));
        graph.Output.Add(Value("y", 2, 3));
        graph.Node.Add(Node("MatMul", ["a", "b"], ["y"]));
        var bytes = Model(graph);

        Assert.Same(bytes, Int8Quantizer.Quantize(bytes, out var count));
        Assert.Equal(0, count);
    }

    private static byte[] MatMulGraph(float[] weights, int rows, int columns)
    {
        var graph = new GraphProto { Name = "g" };
        graph.Input.Add(Value("x", 2, rows));
        graph.Output.Add(Value("y", 2, columns));
        var w = new TensorProto { Name = "w", DataType = 1, RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(weights.AsSpan()).ToArray()) };
        w.Dims.Add([rows, columns]);
        graph.Initializer.Add(w);
        graph.Node.Add(Node("MatMul", ["x", "w"], ["y"]));
        return Model(graph);
    }

    private static byte[] Model(GraphProto graph)
    {
        var model = new ModelProto { IrVersion = 8, Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = string.Empty, Version = 17 });
        return model.ToByteArray();
    }

    private static NodeProto Node(string op, string[] inputs, string[] outputs)
    {
        var node = new NodeProto { OpType = op };
        node.Input.Add(inputs);
        node.Output.Add(outputs);
        return node;
    }

    private static ValueInfoProto Value(string name, params long[] dims)
    {
        var shape = new TensorShapeProto();
        foreach (var d in dims)
        {
            shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = d });
        }

        return new ValueInfoProto { Name = name, Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = 1, Shape = shape } } };
    }

    private static float[] Run(byte[] model, float[] input)
    {
        using var session = new InferenceSession(model);
        using var x = OrtValue.CreateTensorValueFromMemory(input, [2, input.Length / 2]);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["x"], [x], ["y"]);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }
}
