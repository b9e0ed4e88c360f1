using System.Net;
using System.Text;
using FactCheck.Telegram.Tests.Fakes;

namespace FactCheck.Telegram.Tests;

/// <summary>Webhook mode: the bot registers its URL and secret, and accepts only calls that carry the secret.</summary>
public sealed class WebhookTests
{
    private const string Secret = "s3cret_Value-42";

    [Fact]
    public async Task Webhook_handles_an_update_with_the_right_secret_and_rejects_a_wrong_one()
    {
        await using var api = new FakeBotApi();
        var listen = FakeBotApi.FreeWebhookUrl();
        await using var host = await TelegramTestHost.StartAsync(api, extra: FakeBotApi.WebhookSettings(listen, Secret));
        var registered = await api.WaitForAsync(c => c.Method == "setWebhook");
        Assert.Equal(Secret, registered.Body["secret_token"]!.GetValue<string>());
        Assert.Equal("https://bot.example.org/telegram/", registered.Body["url"]!.GetValue<string>());

        var forged = Tg.Private(601, "5G towers spread covid");
        var genuine = Tg.Private(602, "too crazy for us");
        using var http = new HttpClient();
        var wrong = await FakeBotApi.PostUpdateAsync(http, listen, forged, 1, "not-the-secret");
        var missing = await FakeBotApi.PostUpdateAsync(http, listen, forged, 2, null);
        var right = await FakeBotApi.PostUpdateAsync(http, listen, genuine, 3, Secret);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong);
        Assert.Equal(HttpStatusCode.Unauthorized, missing);
        Assert.Equal(HttpStatusCode.OK, right);
        Assert.Contains("Express UK", (await api.WaitForReplyAsync(Tg.IdOf(genuine))).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Calls, c => c.Method == "sendMessage" && c.ChatId == 601);
        Assert.DoesNotContain(api.Calls, c => c.Method == "getUpdates");
    }

    [Fact]
    public async Task Webhook_answers_another_chat_while_one_chats_reply_is_held_and_keeps_each_chats_order()
    {
        await using var api = new FakeBotApi();
        var listen = FakeBotApi.FreeWebhookUrl();
        var held = api.Hold(611);
        var first = Tg.Private(611, "too crazy for us");
        var second = Tg.Private(611, "5G towers spread covid");
        var other = Tg.Private(612, "too crazy for us");
        var checker = new FakeCheckService();
        var answeredBeforeSecondWasChecked = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        checker.OnCheck = request =>
        {
            if (request.Text.Contains("5G", StringComparison.Ordinal))
            {
                answeredBeforeSecondWasChecked.TrySetResult(api.Sent.Any(c => c.ReplyTo == Tg.IdOf(first)));
            }
        };
        await using var host = await TelegramTestHost.StartAsync(api, checker: checker, extra: FakeBotApi.WebhookSettings(listen, Secret));
        await api.WaitForAsync(c => c.Method == "setWebhook");
        using var http = new HttpClient();

        Assert.Equal(HttpStatusCode.OK, await FakeBotApi.PostUpdateAsync(http, listen, first, 1, Secret));
        Assert.Equal(HttpStatusCode.OK, await FakeBotApi.PostUpdateAsync(http, listen, second, 2, Secret));
        Assert.Equal(HttpStatusCode.OK, await FakeBotApi.PostUpdateAsync(http, listen, other, 3, Secret));
        await held.ArrivedAsync();
        await api.WaitForReplyAsync(Tg.IdOf(other));
        Assert.Equal(1, held.Arrived);
        held.Open();

        await api.WaitForReplyAsync(Tg.IdOf(second));

        // Seen when the second message's check began: one handled out of turn fails here however late it runs.
        Assert.True(await answeredBeforeSecondWasChecked.Task, "the second message was checked before the first was answered");
        Assert.Equal([Tg.IdOf(first), Tg.IdOf(second)], api.Sent.Where(c => c.ChatId == 611).Select(c => c.ReplyTo ?? 0));
    }

    [Fact]
    public async Task Webhook_refuses_bad_calls_with_a_clear_status_and_keeps_answering()
    {
        await using var api = new FakeBotApi();
        var listen = FakeBotApi.FreeWebhookUrl();
        await using var host = await TelegramTestHost.StartAsync(api, extra: FakeBotApi.WebhookSettings(listen, Secret));
        await api.WaitForAsync(c => c.Method == "setWebhook");
        using var http = new HttpClient();

        var elsewhere = await SendRawAsync(http, HttpMethod.Post, listen.Replace("/telegram/", "/desk/", StringComparison.Ordinal), "{}");
        var get = await SendRawAsync(http, HttpMethod.Get, listen, null);
        var notJson = await SendRawAsync(http, HttpMethod.Post, listen, "\u0000\u0001 not json {{{");
        // Asked with "Expect: 100-continue": the listener answers 413 from the length alone, and the client then never sends
        // the body. Sent straight away, the body could still be on its way when the listener closed the connection after
        // its answer, and the client saw a broken pipe instead of the status (seen in one CI run).
        var huge = await SendRawAsync(http, HttpMethod.Post, listen, "{\"update_id\": 1, \"x\": \"" + new string('a', (1 << 20) + 1024) + "\"}", expectContinue: true);
        var genuine = Tg.Private(603, "too crazy for us");
        var right = await FakeBotApi.PostUpdateAsync(http, listen, genuine, 4, Secret);

        Assert.Equal(HttpStatusCode.NotFound, elsewhere);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get);
        Assert.Equal(HttpStatusCode.BadRequest, notJson);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge);
        Assert.Equal(HttpStatusCode.OK, right);
        Assert.Contains("Express UK", (await api.WaitForReplyAsync(Tg.IdOf(genuine))).Text, StringComparison.Ordinal);
    }

    private static async Task<HttpStatusCode> SendRawAsync(HttpClient http, HttpMethod method, string url, string? body, bool expectContinue = false)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        request.Headers.ExpectContinue = expectContinue;

        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }


}
