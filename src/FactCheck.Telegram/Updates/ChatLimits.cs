using FactCheck.Telegram.Configuration;
using Microsoft.Extensions.Options;

namespace FactCheck.Telegram.Updates;

/// <summary>The in-memory limits: checks per user per minute, and autocheck replies per group per hour.</summary>
internal sealed class ChatLimits(IOptions<TelegramOptions> options, TimeProvider time)
{
    public SlidingWindowLimiter Users { get; } = new(options.Value.ChecksPerUserPerMinute, TimeSpan.FromMinutes(1), time);

    public SlidingWindowLimiter Groups { get; } = new(options.Value.AutocheckRepliesPerGroupPerHour, TimeSpan.FromHours(1), time);

    public int AutocheckRepliesPerHour { get; } = options.Value.AutocheckRepliesPerGroupPerHour;
}
