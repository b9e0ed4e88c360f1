using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace FactCheck.Bot.Tests.Web;

/// <summary>Every bot these tests start (in process or as a child process) serves its web desk on a free port, never on
/// the default 5080 that a developer's running bot, or another test's host, may hold.</summary>
internal static class FreeWebPort
{
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "A test assembly's process-wide default, set before any host reads its configuration.")]
    internal static void UseFreePorts()
    {
        if (Environment.GetEnvironmentVariable("Web__Listen") is null)
        {
            Environment.SetEnvironmentVariable("Web__Listen", "http://127.0.0.1:0");
        }
    }
}
