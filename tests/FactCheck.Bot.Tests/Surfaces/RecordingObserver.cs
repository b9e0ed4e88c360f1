using System.Threading.Channels;
using FactCheck.Core.Conversation;

namespace FactCheck.Bot.Tests.Surfaces;

/// <summary>Sees every answer a host's conversation gives, in order, so a script can read each one's meaning.</summary>
internal sealed class RecordingObserver : IConversationObserver
{
    private readonly Channel<Answer> answers = Channel.CreateUnbounded<Answer>();

    public void Answered(Incoming incoming, Answer answer) => answers.Writer.TryWrite(answer);

    /// <summary>The next answer, waiting for it (never a fixed sleep).</summary>
    public async Task<Answer> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await answers.Reader.ReadAsync(timeout.Token);
    }
}
