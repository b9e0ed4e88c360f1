using System.Text.Json.Nodes;
using FactCheck.Telegram.Tests.Fakes;

namespace FactCheck.Telegram.Tests.Tipline;

/// <summary>What the tipline tests share: a rumour no seed matches, the reviewer's verdict for it, and waiting helpers.</summary>
internal static class TipScenario
{
    public const string Rumour = "Drinking boiled garlic water every morning cures dengue fever within three days, doctors at the city hospital confirm";
    public const string Heading = "A fact-check was published for the message you sent us";
    public const string Publish = "/publish 1\nSalah\nhttps://cekfakta.example.id/garlic-dengue\nCek Fakta Contoh\nGarlic water does not cure dengue.";

    /// <summary>Sends a message and waits for the bot's reply to it (or, for a /check in reply, to <paramref name="answerTo"/>).</summary>
    public static async Task<ApiCall> AskAsync(FakeBotApi api, JsonObject message, int? answerTo = null)
    {
        api.EnqueueMessage(message);
        return await api.WaitForReplyAsync(answerTo ?? Tg.IdOf(message), seconds: 60);
    }

    /// <summary>Waits for a full outbox pass that started after the call: a notification that were to be sent twice
    /// would have been by then (a barrier, not a sleep).</summary>
    public static Task SettleAsync(ShippedBot bot) => FactCheck.Tests.Shared.Outbox.OutboxBarrier.PassAsync(bot.Services, "telegram");
}
