using FactCheck.Telegram.Tests.Fakes;

namespace FactCheck.Telegram.Tests;

/// <summary>The bot in a group: it speaks when asked (/check, a mention) and, with autocheck, only on confident False or Misleading matches.</summary>
public sealed class GroupTests
{
    private const long Admin = 301;
    private const long Member = 302;

    [Fact]
    public async Task Check_command_in_reply_checks_the_replied_message_and_answers_under_it()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        var rumour = Tg.Message(Tg.Group(), Tg.User(Member), "Kim said to Putin: you are too crazy for us");
        var check = Tg.Message(Tg.Group(), Tg.User(Admin), "/check@" + FakeBotApi.BotUsername, replyTo: rumour);
        api.EnqueueMessage(check);

        var reply = await api.WaitForReplyAsync(Tg.IdOf(rumour));

        Assert.Equal(Tg.GroupId, reply.ChatId);
        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mention_in_a_reply_checks_the_replied_message()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        var rumour = Tg.Message(Tg.Group(), Tg.User(Member), "5G towers spread covid, share before they delete it");
        var ask = Tg.Message(Tg.Group(), Tg.User(Admin), "@" + FakeBotApi.BotUsername + " is this true?", replyTo: rumour);
        api.EnqueueMessage(ask);

        var reply = await api.WaitForReplyAsync(Tg.IdOf(rumour));

        Assert.Contains("Pants on fire", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stays_silent_in_a_group_without_autocheck_and_ignores_commands_for_other_bots()
    {
        await using var api = new FakeBotApi();
        await using var host = await TelegramTestHost.StartAsync(api);
        var chatter = Tg.Message(Tg.Group(), Tg.User(Member), "5G towers spread covid");
        var otherBot = Tg.Message(Tg.Group(), Tg.User(Member), "/check@some_other_bot", replyTo: chatter);
        var rumour = Tg.Message(Tg.Group(), Tg.User(Member), "too crazy for us");
        var check = Tg.Message(Tg.Group(), Tg.User(Member), "/check", replyTo: rumour);
        api.EnqueueMessage(chatter);
        api.EnqueueMessage(otherBot);
        api.EnqueueMessage(check);

        await api.WaitForReplyAsync(Tg.IdOf(rumour));

        // Updates are handled in order, so the earlier ones are done by the time the last is answered.
        Assert.Single(api.Sent);
    }

    [Fact]
    public async Task Autocheck_on_speaks_only_on_confident_false_matches_and_off_silences_it()
    {
        await using var api = new FakeBotApi();
        api.Admins.Add(Admin);
        var checker = new FakeCheckService();
        await using var host = await TelegramTestHost.StartAsync(api, checker: checker);
        var notAdmin = Tg.Message(Tg.Group(), Tg.User(Member), "/autocheck on");
        var on = Tg.Message(Tg.Group(), Tg.User(Admin), "/autocheck on");
        var chatter = Tg.Message(Tg.Group(), Tg.User(Member), "see you at dinner tonight");
        var doubtful = Tg.Message(Tg.Group(), Tg.User(Member), "my vaccine appointment is tomorrow");
        var unverified = Tg.Message(Tg.Group(), Tg.User(Member), "Kim told Putin you are too crazy for us");
        var falseClaim = Tg.Message(Tg.Group(), Tg.User(Member), "5G towers spread covid!!");
        foreach (var m in new[] { notAdmin, on, chatter, doubtful, unverified, falseClaim })
        {
            api.EnqueueMessage(m);
        }

        Assert.Contains("Only the group's admins", (await api.WaitForReplyAsync(Tg.IdOf(notAdmin))).Text, StringComparison.Ordinal);
        Assert.Contains("Autocheck is on", (await api.WaitForReplyAsync(Tg.IdOf(on))).Text, StringComparison.Ordinal);
        var alarm = await api.WaitForReplyAsync(Tg.IdOf(falseClaim));
        Assert.Contains("Pants on fire", alarm.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(api.Sent, c => c.ReplyTo == Tg.IdOf(chatter) || c.ReplyTo == Tg.IdOf(doubtful) || c.ReplyTo == Tg.IdOf(unverified));

        var off = Tg.Message(Tg.Group(), Tg.User(Admin), "/autocheck off");
        var againFalse = Tg.Message(Tg.Group(), Tg.User(Member), "5G towers spread covid again");
        var rumour = Tg.Message(Tg.Group(), Tg.User(Member), "too crazy for us");
        var check = Tg.Message(Tg.Group(), Tg.User(Member), "/check", replyTo: rumour);
        api.EnqueueMessage(off);
        api.EnqueueMessage(againFalse);
        api.EnqueueMessage(check);

        Assert.Contains("Autocheck is off", (await api.WaitForReplyAsync(Tg.IdOf(off))).Text, StringComparison.Ordinal);
        await api.WaitForReplyAsync(Tg.IdOf(rumour));
        Assert.DoesNotContain(api.Sent, c => c.ReplyTo == Tg.IdOf(againFalse));

        // Only the check a user asked for counts in the reviewers' statistics; autocheck's do not.
        Assert.Contains(checker.Requests, r => r.Text == "5G towers spread covid!!" && r.Platform is null);
        Assert.Contains(checker.Requests, r => r.Text == "too crazy for us" && r.Platform == "telegram");
    }

    [Fact]
    public async Task Autocheck_stays_within_the_group_budget()
    {
        await using var api = new FakeBotApi();
        api.Admins.Add(Admin);
        await using var host = await TelegramTestHost.StartAsync(api, extra: new Dictionary<string, string?> { ["Telegram:AutocheckRepliesPerGroupPerHour"] = "1" });
        var on = Tg.Message(Tg.Group(), Tg.User(Admin), "/autocheck on");
        var first = Tg.Message(Tg.Group(), Tg.User(Member), "5G towers spread covid");
        var second = Tg.Message(Tg.Group(), Tg.User(Member), "5G towers spread covid, really");
        var rumour = Tg.Message(Tg.Group(), Tg.User(Member), "too crazy for us");
        var check = Tg.Message(Tg.Group(), Tg.User(Member), "/check", replyTo: rumour);
        foreach (var m in new[] { on, first, second, check })
        {
            api.EnqueueMessage(m);
        }

        await api.WaitForReplyAsync(Tg.IdOf(first));
        await api.WaitForReplyAsync(Tg.IdOf(rumour));

        Assert.DoesNotContain(api.Sent, c => c.ReplyTo == Tg.IdOf(second));
    }
}
