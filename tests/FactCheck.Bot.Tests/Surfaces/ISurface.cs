namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>One chat surface driven as its users drive it; each step returns once the conversation has answered and
/// the surface has sent (or printed) that answer.</summary>
internal interface ISurface : IAsyncDisposable
{
    string Name { get; }

    RecordingObserver Answers { get; }

    FailSwitch Failing { get; }

    /// <summary>The user sends a message or types a command.</summary>
    Task UserSaysAsync(string text);

    /// <summary>A reviewer asks for the queue.</summary>
    Task ReviewerQueueAsync();

    /// <summary>A reviewer publishes a verdict for tip 1.</summary>
    Task ReviewerPublishAsync(string rating, string url, string publisher);
}
