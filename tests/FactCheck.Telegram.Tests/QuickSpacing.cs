using FactCheck.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactCheck.Telegram.Tests;

/// <summary>Send spacing and retry pauses fifty times shorter than the bot's, in the same proportions, for hosts driven by a script.</summary>
/// <remarks>The real gaps made a twelve-answer script wait twelve real seconds, and a send failing four times six
/// (the suite's long pole); the throttle still books and waits every slot and the sender every retry, only shorter.
/// Telegram's own retry_after is not scaled: it is Telegram's figure, waited out as given. The real gaps themselves
/// are tested in OutgoingThrottleTests. Outside Fakes/ (which FactCheck.Bot.Tests links in wholesale) because it
/// needs the adapter's internals: Bot.Tests links this file by name for its cross-surface script.</remarks>
internal static class QuickSpacing
{
    public static SendSpacing Value { get; } = new(TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(60), TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(20));

    /// <summary>Makes the host's throttle use <see cref="Value"/>, whether or not AddTelegram has run yet.</summary>
    public static void UseIn(IServiceCollection services) => services.Replace(ServiceDescriptor.Singleton(Value));
}
