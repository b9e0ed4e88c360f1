using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FactCheck.Benchmarks;

/// <summary>The CPU time the process has used, to the microsecond: per check, because wall time on a shared machine
/// measures the other tenants as much as the check. On Linux `Process.TotalProcessorTime` counts in scheduler ticks
/// (10 ms), too coarse for a check of a few milliseconds, so the clock is read from clock_gettime.</summary>
internal static partial class ProcessCpuClock
{
    private const int ProcessCpuTimeClock = 2;

    private static bool nativeFailed;

    /// <summary>Milliseconds of CPU (every thread of the process, the garbage collector's included) since it started.</summary>
    public static double NowMilliseconds()
    {
        if (OperatingSystem.IsLinux() && !nativeFailed)
        {
            try
            {
                if (ClockGetTime(ProcessCpuTimeClock, out var time) == 0)
                {
                    return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                nativeFailed = true;
            }
        }

        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }

    [LibraryImport("libc.so.6", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
