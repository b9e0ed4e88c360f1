using FactCheck.Telegram.Tests.Fakes;

namespace FactCheck.Telegram.Tests;

/// <summary>"@bot TEXT" in any chat.</summary>
public sealed class InlineQueryTests
{
    [Fact]
    public async Task Inline_query_offers_the_matched_claims_as_articles()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        api.Enqueue(Tg.InlineQuery(401, "kim putin too crazy for us"));

        var answer = await api.WaitForAsync(c => c.Method == "answerInlineQuery");

        Assert.Equal("iq-401", answer.Body["inline_query_id"]!.GetValue<string>());
        var result = answer.Body["results"]!.AsArray().Single()!;
        Assert.Equal("article", result["type"]!.GetValue<string>());
        Assert.StartsWith("Kim Jong Un told Putin", result["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Unverified · Express UK: “Unverified”", result["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var content = result["input_message_content"]!["message_text"]!.GetValue<string>();
        Assert.Contains("Express UK", content, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.express.co.uk/", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inline_query_without_a_match_says_so()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        api.Enqueue(Tg.InlineQuery(402, "the weather is nice"));

        var answer = await api.WaitForAsync(c => c.Method == "answerInlineQuery");

        var result = answer.Body["results"]!.AsArray().Single()!;
        Assert.Contains("No known fact-check", result["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
