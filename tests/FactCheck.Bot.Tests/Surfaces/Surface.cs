using FactCheck.Core.Checking;
using FactCheck.Core.Conversation;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>What every surface's host gets: the recording observer, and its checker made switchable.</summary>
internal static class Surface
{
    public static void Decorate(IServiceCollection services, RecordingObserver observer, Func<ICheckService, SwitchableChecker> wrap)
    {
        services.AddSingleton<IConversationObserver>(observer);
        var existing = services.Last(d => d.ServiceType == typeof(ICheckService));
        services.Add(ServiceDescriptor.Singleton<ICheckService>(sp => wrap((ICheckService)(existing.ImplementationInstance
            ?? existing.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, existing.ImplementationType!)))));
    }
}
