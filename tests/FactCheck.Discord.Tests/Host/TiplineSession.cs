using System.Text.Json;
using FactCheck.Discord.Tests.Fakes;

namespace FactCheck.Discord.Tests.Host;

/// <summary>Drives the tipline through a <see cref="BotHarness"/>: sends events in sequence and reads the bot's answers.</summary>
internal sealed class TiplineSession(BotHarness h)
{
    private long sequence = 1;
    private int interactions;

    public static Dictionary<string, string?> Settings => new()
    {
        ["Reviewers:Discord:0"] = TipEvents.Reviewer,
        ["Tips:OutboxPollSeconds"] = "1",
    };

    public BotHarness Harness => h;

    /// <summary>DMs <paramref name="text"/> as <paramref name="userId"/> and returns the bot's answer.</summary>
    public async Task<RecordedRequest> DmAsync(string userId, string text)
    {
        var channel = FakeDiscord.DmChannelOf(userId);
        var before = h.Fake.Delivered(channel).Count;
        await DispatchAsync("MESSAGE_CREATE", TipEvents.Dm("m-" + Guid.NewGuid().ToString("N"), userId, text));
        return (await h.Fake.ExpectDeliveredAsync(channel, before + 1))[before];
    }

    /// <summary>Presses a button and returns what the presser was told privately, and the callback.</summary>
    public async Task<(string Told, RecordedRequest Callback)> PressAsync(string userId, string customId, string? repliedTo = null)
    {
        var id = NextInteraction();
        await DispatchAsync("INTERACTION_CREATE", TipEvents.Press(id, userId, customId, repliedTo: repliedTo));
        var callback = await h.Fake.ExpectRequestAsync("POST", $"/interactions/{id}/itok-{id}/callback");
        var followup = await h.Fake.ExpectRequestAsync("POST", $"/webhooks/{BotHarness.ApplicationId}/itok-{id}");
        Assert.Equal(64, followup.Json.GetProperty("flags").GetInt32());
        return (followup.Json.GetProperty("content").GetString()!, callback);
    }

    /// <summary>Presses a button under an answer in a server channel and returns what the presser was told privately.</summary>
    public async Task<string> PressInServerAsync(string channelId, string userId, string customId)
    {
        var id = NextInteraction();
        await DispatchAsync("INTERACTION_CREATE", TipEvents.PressInServer(channelId, id, userId, customId));
        var followup = await h.Fake.ExpectRequestAsync("POST", $"/webhooks/{BotHarness.ApplicationId}/itok-{id}");
        Assert.Equal(64, followup.Json.GetProperty("flags").GetInt32());
        return followup.Json.GetProperty("content").GetString()!;
    }

    /// <summary>Runs a slash command in the user's DM with the bot and returns its answer's text.</summary>
    public Task<string> CommandInDmAsync(string userId, string name, params (string Name, object Value)[] options) =>
        AnswerOfAsync(id => TipEvents.CommandInDm(id, userId, name, options));

    /// <summary>Runs a slash command and returns its answer's text, asserting that only the caller sees it.</summary>
    public Task<string> CommandAsync(string userId, string name, params (string Name, object Value)[] options) =>
        CommandInAsync("c1", userId, name, options);

    /// <summary>Runs a slash command in <paramref name="channelId"/> and returns its private answer's text.</summary>
    public Task<string> CommandInAsync(string channelId, string userId, string name, params (string Name, object Value)[] options) =>
        AnswerOfAsync(id => TipEvents.CommandIn(channelId, id, userId, name, options));

    private async Task<string> AnswerOfAsync(Func<string, object> command)
    {
        var id = NextInteraction();
        await DispatchAsync("INTERACTION_CREATE", command(id));
        var callback = (await h.Fake.ExpectRequestAsync("POST", $"/interactions/{id}/itok-{id}/callback")).Json;
        Assert.Equal(64, callback.GetProperty("data").GetProperty("flags").GetInt32());
        if (callback.GetProperty("type").GetInt32() == 5)
        {
            // Deferred: the answer is edited in.
            var edit = await h.Fake.ExpectRequestAsync("PATCH", $"/webhooks/{BotHarness.ApplicationId}/itok-{id}/messages/@original");
            return edit.Json.GetProperty("content").GetString()!;
        }

        return callback.GetProperty("data").GetProperty("content").GetString()!;
    }

    /// <summary>The custom_id of the button under an answer, or null when it has none.</summary>
    public static string? ButtonOf(RecordedRequest answer) =>
        answer.Json.TryGetProperty("components", out var rows) && rows.ValueKind == JsonValueKind.Array && rows.GetArrayLength() > 0
            ? rows[0].GetProperty("components")[0].GetProperty("custom_id").GetString()
            : null;

    public Task DispatchAsync(string type, object data) => h.Gateway.DispatchAsync(type, data, Interlocked.Increment(ref sequence));

    private string NextInteraction() => "ti-" + Interlocked.Increment(ref interactions);
}
