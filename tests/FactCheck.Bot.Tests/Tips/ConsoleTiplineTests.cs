using FactCheck.Bot.Cli;
using FactCheck.Bot.ConsoleChat;
using FactCheck.Core.Conversation;
using FactCheck.Core.Tips.Outbox;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Bot.Tests.Tips;

public sealed class ConsoleTiplineTests : IDisposable
{
    private const string Hoax = "Vaksin covid mengandung chip magnetik 5G yang bisa melacak warga dari satelit";
    private readonly TestStore store = new();

    [Fact]
    public async Task At_the_console_an_unmatched_message_is_submitted_published_and_its_verdict_printed()
    {
        using var host = await VerbHost.StartAsync(loadIndex: true, CancellationToken.None, store.Settings);
        var output = new StringWriter();
        var chat = new ConsoleConversation(host.Services.GetRequiredService<ConversationService>(), TextReader.Null, output, TimeSpan.FromMilliseconds(300));
        var channel = new ConsoleNotificationChannel();
        channel.Attach(chat);

        // The tipline answers in the language of the last checked message (Indonesian here) unless /lang chose one.
        var unmatched = await chat.AnswerAsync(Hoax, CancellationToken.None);
        var submitted = await chat.AnswerAsync("/submit", CancellationToken.None);
        var queue = await chat.AnswerAsync("/queue", CancellationToken.None);
        var published = await chat.AnswerAsync("/publish 1 | Salah | https://cekfakta.example.id/vaksin-chip | Cek Fakta Contoh | Vaksin tidak berisi chip.", CancellationToken.None);
        var pass = await host.Services.GetRequiredService<TipOutbox>().DeliverPendingAsync(channel, 10, CancellationToken.None);
        var after = await chat.AnswerAsync(Hoax, CancellationToken.None);

        Assert.EndsWith(ConversationTexts.Indonesian.SubmitHint, unmatched, StringComparison.Ordinal);
        Assert.StartsWith("Terima kasih: pesan Anda kini menjadi laporan #1", submitted, StringComparison.Ordinal);
        Assert.Contains("#1 · 1× · id · ", queue, StringComparison.Ordinal);
        Assert.StartsWith("Terbit untuk laporan #1", published, StringComparison.Ordinal);
        Assert.Equal(new OutboxPass(1, 0, false), pass);
        var printed = output.ToString();
        Assert.Contains("Cek fakta untuk pesan yang Anda kirim kepada kami sudah terbit (laporan #1):", printed, StringComparison.Ordinal);
        Assert.Contains("https://cekfakta.example.id/vaksin-chip", printed, StringComparison.Ordinal);
        Assert.Contains("Salah", after, StringComparison.Ordinal);
        Assert.DoesNotContain("/submit", after, StringComparison.Ordinal);
    }

    public void Dispose() => store.Dispose();
}
