using System.Runtime.InteropServices;

namespace FactCheck.Core.Tests.Matching.Embeddings;

public sealed partial class OnnxTelemetryTests(MiniLmFixture fixture) : IClassFixture<MiniLmFixture>
{
    [SkippableFact]
    public void Loading_a_model_switches_off_onnx_runtime_telemetry_where_the_native_runtime_reads_it()
    {
        Skip.If(OperatingSystem.IsWindows(), "On Windows the runtime's telemetry is switched off through its API, not the environment.");

        Assert.Equal(384, fixture.Embedder.Dimensions);

        // The native environment, not .NET's copy: that is the one ONNX Runtime reads.
        var value = Marshal.PtrToStringUTF8(GetEnvironment("ORT_DISABLE_TELEMETRY"));
        Assert.Equal("1", value);
    }

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint GetEnvironment(string name);
}
