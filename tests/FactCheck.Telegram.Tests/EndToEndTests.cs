using FactCheck.Bot;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Tests.Shared;
using Microsoft.Extensions.Hosting;

namespace FactCheck.Telegram.Tests;

/// <summary>The whole bot as it ships (BotHostFactory: real core, seeds, SQLite file) behind the fake Bot API.</summary>
public sealed class EndToEndTests : IDisposable
{
    private static readonly string[] Article = File.ReadAllLines(Path.Combine(RepoPaths.Root, "seeds", "000_d1b17a01c544b071.txt"));
    private readonly TempFolder directory = new("factcheck-telegram-");

    [Fact]
    public async Task Replies_to_the_seed_quote_with_unverified_and_the_express_uk_citation()
    {
        await using var api = new FakeBotApi();
        using var host = await StartAsync(api);
        var message = Tg.Private(701, Article[1]);
        api.EnqueueMessage(message);

        var reply = await api.WaitForReplyAsync(Tg.IdOf(message), seconds: 60);

        Assert.Contains("<b>Unverified</b>", reply.Text, StringComparison.Ordinal);
        Assert.Contains("too crazy for us", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Express UK", reply.Text, StringComparison.Ordinal);
        Assert.Contains("relayed by Express UK", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("urn:", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Already fact-checked", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_the_forwarded_article_in_indonesian_for_an_indonesian_user()
    {
        await using var api = new FakeBotApi();
        using var host = await StartAsync(api);
        var message = Tg.Forwarded(702, string.Join('\n', Article));
        message["from"]!["language_code"] = "id";
        api.EnqueueMessage(message);

        var reply = await api.WaitForReplyAsync(Tg.IdOf(message), seconds: 60);

        Assert.Contains("Sudah dicek faktanya", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Belum terverifikasi", reply.Text, StringComparison.Ordinal);
        Assert.All(api.Sent, s => Assert.True(s.Text.Length <= 4096));
    }

    public void Dispose() => directory.Dispose();

    private async Task<IHost> StartAsync(FakeBotApi api)
    {
        var builder = BotHostFactory.CreateBuilder([], new Dictionary<string, string?>
        {
            ["Telegram:Token"] = FakeBotApi.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(directory.FullName, "bot.db")};Pooling=false",
            ["Logging:LogLevel:Default"] = "Warning",
        }, consoleChat: false);
        QuickSpacing.UseIn(builder.Services);
        var host = builder.Build();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await host.StartAsync(timeout.Token);
        return host;
    }
}
