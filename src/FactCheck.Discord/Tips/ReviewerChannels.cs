using FactCheck.Core.Tips;
using FactCheck.Discord.Adapter;
using FactCheck.Discord.Model;
using FactCheck.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactCheck.Discord.Tips;

/// <summary>Announces new and joined tips in the configured reviewers' channels (Reviewers:DiscordChannels).</summary>
internal sealed class ReviewerChannels(DiscordApi api, IOptions<ReviewerOptions> reviewers, ILogger<ReviewerChannels> logger)
{
    /// <summary>Posts <paramref name="notice"/> to every reviewers' channel; best effort: a failure is logged, not retried.</summary>
    public async Task PostAsync(string? notice, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(notice))
        {
            return;
        }

        foreach (var channel in reviewers.Value.ChatsOf(TipCaller.Platform))
        {
            var message = new CreateMessage([], AllowedMentions.None, Content: DiscordContent.From(notice));
            var result = await api.CreateMessageAsync(channel, message, cancellationToken);
            if (!result.IsOk)
            {
                AdapterLog.NotAnswered(logger, "reviewers' notice", result.HttpStatus, result.Error);
            }
        }
    }
}
