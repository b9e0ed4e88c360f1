using FactCheck.Core.Conversation;
using FactCheck.Telegram.Configuration;
using Microsoft.Extensions.Options;

namespace FactCheck.Telegram.Updates;

/// <summary>Autocheck replies per group per hour, in memory (the per-user check limit is the conversation's).</summary>
internal sealed class ChatLimits(IOptions<TelegramOptions> options, TimeProvider time)
{
    public SlidingWindowLimiter Groups { get; } = new(options.Value.AutocheckRepliesPerGroupPerHour, TimeSpan.FromHours(1), time);

    public int AutocheckRepliesPerHour { get; } = options.Value.AutocheckRepliesPerGroupPerHour;
}
