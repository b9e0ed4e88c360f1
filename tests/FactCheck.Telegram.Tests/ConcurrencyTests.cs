using FactCheck.Telegram.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace FactCheck.Telegram.Tests;

/// <summary>Chats are answered side by side: a slow reply delays only its own chat, one chat's answers keep their order,
/// the bound holds, and the offset never confirms an update that is not done.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Answers_another_chat_while_one_chats_reply_is_held_then_that_one_exactly_once()
    {
        await using var api = new FakeBotApi();
        var held = api.Hold(701);
        var slow = Tg.Private(701, "too crazy for us");
        var quick = Tg.Private(702, "too crazy for us");
        api.EnqueueMessage(slow);
        var quickId = api.EnqueueMessage(quick);
        await using var host = await TelegramTestHost.StartAsync(api);

        await held.ArrivedAsync();
        await api.WaitForReplyAsync(Tg.IdOf(quick));
        Assert.DoesNotContain(api.Sent, c => c.ChatId == 701);

        held.Open();
        await api.WaitForReplyAsync(Tg.IdOf(slow));
        await api.WaitForAsync(c => c.Method == "getUpdates" && c.Body["offset"]?.GetValue<int>() == quickId + 1);
        Assert.Single(api.Sent, c => c.ReplyTo == Tg.IdOf(slow));
        Assert.Single(api.Sent, c => c.ReplyTo == Tg.IdOf(quick));
    }

    [Fact]
    public async Task Answers_two_messages_of_one_chat_in_the_order_they_were_sent_even_when_the_first_is_slow()
    {
        await using var api = new FakeBotApi();
        var held = api.Hold(711);
        var first = Tg.Private(711, "too crazy for us");
        var second = Tg.Private(711, "5G towers spread covid");
        var witness = Tg.Private(712, "too crazy for us");
        var checker = new FakeCheckService();
        var answeredBeforeSecondWasChecked = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        checker.OnCheck = request =>
        {
            if (request.Text.Contains("5G", StringComparison.Ordinal))
            {
                answeredBeforeSecondWasChecked.TrySetResult(api.Sent.Any(c => c.ReplyTo == Tg.IdOf(first)));
            }
        };
        api.EnqueueMessage(first);
        api.EnqueueMessage(second);
        api.EnqueueMessage(witness);
        await using var host = await TelegramTestHost.StartAsync(api, checker: checker);

        await held.ArrivedAsync();
        await api.WaitForReplyAsync(Tg.IdOf(witness));
        Assert.Equal(1, held.Arrived);
        held.Open();
        await api.WaitForReplyAsync(Tg.IdOf(second));

        // The other chat was answered meanwhile, but the second message waited for the first's answer, not at the gate:
        // seen at the moment its check began, so a second message handled out of turn fails here however late it runs.
        Assert.True(await answeredBeforeSecondWasChecked.Task, "the second message was checked before the first was answered");
        Assert.Equal([Tg.IdOf(first), Tg.IdOf(second)], api.Sent.Where(c => c.ChatId == 711).Select(c => c.ReplyTo ?? 0));
    }

    [Fact]
    public async Task A_restart_while_a_reply_is_held_answers_every_message_once()
    {
        await using var api = new FakeBotApi();
        var store = new InMemoryChatStateStore();
        var logs = new CapturingLoggerProvider();
        var held = api.Hold(721);
        var first = Tg.Private(721, "too crazy for us");
        var second = Tg.Private(721, "5G towers spread covid");
        var other = Tg.Private(722, "too crazy for us");
        var firstId = api.EnqueueMessage(first);
        var secondId = api.EnqueueMessage(second);
        var otherId = api.EnqueueMessage(other);
        var builder = TelegramTestHost.Builder(api, store, new FakeCheckService());
        builder.Logging.AddProvider(logs);
        var host = await TelegramTestHost.StartAsync(builder);
        try
        {
            await held.ArrivedAsync();
            await api.WaitForReplyAsync(Tg.IdOf(other));
            var polls = Polls(api).Count;
            await api.WaitForAsync(_ => Polls(api).Count >= polls + 2);

            // The other chat's update is done, but neither Telegram nor the store is told past the held one.
            Assert.All(Polls(api), offset => Assert.True(offset is null || offset <= firstId, $"getUpdates confirmed up to {offset}"));
            Assert.All(StoredOffsets(store), offset => Assert.True(offset <= firstId, $"stored offset {offset}"));

            // Stopping lets the held reply finish and starts nothing new: the chat's second message waits for the restart.
            var stopping = host.DisposeAsync().AsTask();
            await logs.WaitForAsync(l => l.Text.StartsWith("Stopped polling", StringComparison.Ordinal));
            held.Open();
            await stopping;
        }
        finally
        {
            await host.DisposeAsync();
        }

        Assert.Single(api.Sent, c => c.ReplyTo == Tg.IdOf(first));
        Assert.DoesNotContain(api.Sent, c => c.ReplyTo == Tg.IdOf(second));
        Assert.Equal(secondId, StoredOffsets(store)[^1]);

        await using var restarted = await TelegramTestHost.StartAsync(api, store);
        await api.WaitForReplyAsync(Tg.IdOf(second));
        await api.WaitForAsync(c => c.Method == "getUpdates" && c.Body["offset"]?.GetValue<int>() == otherId + 1);
        Assert.Single(api.Sent, c => c.ReplyTo == Tg.IdOf(first));
        Assert.Single(api.Sent, c => c.ReplyTo == Tg.IdOf(second));
        Assert.Single(api.Sent, c => c.ReplyTo == Tg.IdOf(other));
    }

    [Fact]
    public async Task Handles_no_more_chats_at_once_than_MaxConcurrentUpdates()
    {
        await using var api = new FakeBotApi();
        var gates = new[] { 731L, 732L, 733L }.Select(api.Hold).ToList();
        var messages = new[] { 731L, 732L, 733L }.Select(chat => Tg.Private(chat, "too crazy for us")).ToList();
        messages.ForEach(m => api.EnqueueMessage(m));
        await using var host = await TelegramTestHost.StartAsync(api, extra: new Dictionary<string, string?> { ["Telegram:MaxConcurrentUpdates"] = "2" });

        var arrivals = gates.Select(g => g.ArrivedAsync()).ToList();
        arrivals.Remove(await Task.WhenAny(arrivals));
        await await Task.WhenAny(arrivals);
        var polls = Polls(api).Count;
        await api.WaitForAsync(_ => Polls(api).Count >= polls + 3);

        // All three were received, the third waits for a free slot.
        Assert.Equal(2, gates.Count(g => g.Arrived > 0));
        Assert.Equal(2, api.SendsInFlight);
        gates.First(g => g.Arrived > 0).Open();
        await gates.Single(g => g.Arrived == 0).ArrivedAsync();
        Assert.Equal(2, api.SendsInFlight);

        gates.ForEach(g => g.Open());
        foreach (var message in messages)
        {
            await api.WaitForReplyAsync(Tg.IdOf(message));
        }

        Assert.Equal(2, api.MaxSendsInFlight);
    }

    private static List<int?> Polls(FakeBotApi api) =>
        [.. api.Calls.Where(c => c.Method == "getUpdates").Select(c => c.Body["offset"]?.GetValue<int>())];

    private static List<int> StoredOffsets(InMemoryChatStateStore store) =>
        [.. store.Writes.Where(w => w.StartsWith("telegram/bot/offset=", StringComparison.Ordinal)).Select(w => int.Parse(w.Split('=')[1], System.Globalization.CultureInfo.InvariantCulture))];
}
