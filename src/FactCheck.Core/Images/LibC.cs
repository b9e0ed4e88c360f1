using System.Runtime.InteropServices;

namespace FactCheck.Core.Images;

/// <summary>libc's setenv: .NET's Environment.SetEnvironmentVariable does not reach the native environment on Linux.</summary>
internal static partial class LibC
{
    [LibraryImport("libc.so.6", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetEnv(string name, string value, int overwrite);
}
