using System.Runtime.InteropServices;
using Microsoft.ML.OnnxRuntime;

namespace FactCheck.Core.Matching.Embeddings;

/// <summary>Keeps ONNX Runtime from sending usage telemetry: a fact-check bot keeps what it sees to itself.</summary>
internal static partial class OnnxTelemetry
{
    public const string Variable = "ORT_DISABLE_TELEMETRY";

    private static int _done;

    /// <summary>Switches the runtime's telemetry off; call before the runtime's first use. An operator's own setting wins.</summary>
    public static void Disable()
    {
        if (Interlocked.Exchange(ref _done, 1) == 1)
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            OrtEnv.Instance().DisableTelemetryEvents();
            return;
        }

        // ONNX Runtime 1.31 on Linux reads this variable from the native process environment when it starts (without it,
        // it logs usage events and leaves a ".ses" file in the temp folder). Environment.SetEnvironmentVariable only
        // changes .NET's own copy on Unix, so the variable is set where the runtime looks.
        _ = SetEnvironment(Variable, "1", overwrite: 0);
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);
}
