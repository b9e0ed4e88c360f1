using System.Text.Json;

namespace FactCheck.Discord.Adapter;

/// <summary>The bot's own user id, learnt from READY: needed to spot mentions and to ignore its own messages.</summary>
internal sealed class BotIdentity
{
    private volatile string? userId;

    public string? UserId => userId;

    public void Ready(JsonElement data)
    {
        if (data.Object("user") is { } user && user.String("id") is { } id)
        {
            userId = id;
        }
    }
}
