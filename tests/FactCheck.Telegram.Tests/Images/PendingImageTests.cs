using System.Text.Json.Nodes;
using FactCheck.Core.Conversation;
using FactCheck.Telegram.Tests.Fakes;
using FactCheck.Telegram.Tests.Tipline;
using FactCheck.Tests.Shared;
using FactCheck.Tests.Shared.Images;
using SkiaSharp;

namespace FactCheck.Telegram.Tests.Images;

/// <summary>An image offered to the reviewers is submitted by the press after it even when that press reaches another
/// process: the bot restarted in between (one SQLite file), or the webhook's balancer sent it to the other instance
/// (one PostgreSQL store). The offer lives in the store; the image is fetched again from Telegram by its file id.</summary>
public sealed class PendingImageTests : IDisposable
{
    private const string Secret = "s3cret_Value-42";
    private readonly TempFolder folder = new("factcheck-tg-pending-");

    [Fact]
    public async Task An_image_offered_before_a_restart_is_submitted_with_the_image_by_the_press_after_it()
    {
        await using var api = new FakeBotApi();
        var png = Scene(31);
        api.AddFile("scene-r", png);
        var photo = Tg.PhotoSizes(Tg.PrivateChat(6201), 6201, [("scene-r", 960, 720, png.Length)]);
        var database = ShippedBot.DatabaseIn(folder);

        ApiCall answer;
        await using (var before = await ShippedBot.StartAsync(api, database))
        {
            api.EnqueueMessage(photo);
            answer = await api.WaitForReplyAsync(Tg.IdOf(photo), seconds: 60);
            Assert.Contains("tip:submit", answer.ButtonData);
        }

        await using var after = await ShippedBot.StartAsync(api, database);
        api.Enqueue(Tg.Press(6201, answer, photo));

        await api.WaitForAsync(c => c.Method == "sendPhoto" && c.Succeeded && c.ChatId == ShippedBot.ReviewersGroup, seconds: 30);
        Assert.Equal(png, api.Photos.Single(p => p.ChatId == ShippedBot.ReviewersGroup).Bytes);
    }

    [Fact]
    public async Task After_a_restart_an_image_Telegram_no_longer_serves_is_not_submitted_and_the_reply_says_so()
    {
        await using var api = new FakeBotApi();
        var png = Scene(34);
        api.AddFile("scene-g", png);
        var photo = Tg.PhotoSizes(Tg.PrivateChat(6204), 6204, [("scene-g", 960, 720, png.Length)]);
        var database = ShippedBot.DatabaseIn(folder);
        var answer = await OfferBeforeRestartAsync(api, database, photo);

        api.AddFile("scene-g", []);
        await using var after = await ShippedBot.StartAsync(api, database);
        api.Enqueue(Tg.Press(6204, answer, photo));

        await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.Text.Contains(ImageTexts.English.LostBeforeSubmit, StringComparison.Ordinal), seconds: 30);
        Assert.DoesNotContain(api.Calls, c => c.Method == "sendPhoto");
        Assert.DoesNotContain(api.Sent, c => c.ChatId == ShippedBot.ReviewersGroup);
        var press = Assert.Single(api.Calls, c => c.Method == "answerCallbackQuery");
        Assert.Null(press.Body["text"]);
    }

    [Fact]
    public async Task After_a_restart_an_image_Telegram_serves_changed_is_submitted_as_its_caption_alone_and_the_reply_says_so()
    {
        await using var api = new FakeBotApi();
        var png = Scene(35);
        api.AddFile("scene-c", png);
        const string caption = "my uncle says the old bridge in Surabaya was closed by the army last night";
        var photo = Tg.PhotoSizes(Tg.PrivateChat(6205), 6205, [("scene-c", 960, 720, png.Length)], caption);
        var database = ShippedBot.DatabaseIn(folder);
        var answer = await OfferBeforeRestartAsync(api, database, photo);

        api.AddFile("scene-c", Scene(36));
        await using var after = await ShippedBot.StartAsync(api, database);
        api.Enqueue(Tg.Press(6205, answer, photo));

        await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.Text.Contains(ImageTexts.English.SubmittedWithoutImage, StringComparison.Ordinal), seconds: 30);
        await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == ShippedBot.ReviewersGroup && c.Text.Contains("Surabaya", StringComparison.Ordinal), seconds: 30);
        Assert.DoesNotContain(api.Calls, c => c.Method == "sendPhoto");
    }

    [SkippableFact]
    public async Task An_image_offered_by_one_instance_is_submitted_with_the_image_when_the_press_reaches_the_other()
    {
        var server = Environment.GetEnvironmentVariable("FACTCHECK_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server), "FACTCHECK_TEST_POSTGRES is not set: the two-instance test needs a PostgreSQL server.");
        await using var instances = await TwoInstances.StartAsync(server!);
        var (api, balancer) = (instances.Api, instances.Balancer);
        var png = Scene(32);
        api.AddFile("scene-w", png);
        var photo = Tg.PhotoSizes(Tg.PrivateChat(6202), 6202, [("scene-w", 960, 720, png.Length)]);

        Assert.Equal(0, await balancer.DeliverAsync(api.MessageUpdate(photo), target: 0, CancellationToken.None));
        var answer = await api.WaitForReplyAsync(Tg.IdOf(photo), seconds: 60);
        Assert.Contains("tip:submit", answer.ButtonData);
        Assert.Equal(1, await balancer.DeliverAsync(Update(api, Tg.Press(6202, answer, photo)), target: 1, CancellationToken.None));

        await api.WaitForAsync(c => c.Method == "sendPhoto" && c.Succeeded && c.ChatId == ShippedBot.ReviewersGroup, seconds: 30);
        Assert.Equal(png, api.Photos.Single(p => p.ChatId == ShippedBot.ReviewersGroup).Bytes);
    }

    [SkippableFact]
    public async Task A_press_and_a_submit_reaching_both_instances_at_once_make_one_image_tip()
    {
        var server = Environment.GetEnvironmentVariable("FACTCHECK_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server), "FACTCHECK_TEST_POSTGRES is not set: the two-instance test needs a PostgreSQL server.");
        await using var instances = await TwoInstances.StartAsync(server!);
        var (api, balancer) = (instances.Api, instances.Balancer);
        var png = Scene(33);
        api.AddFile("scene-x", png);
        var photo = Tg.PhotoSizes(Tg.PrivateChat(6203), 6203, [("scene-x", 960, 720, png.Length)]);
        await balancer.DeliverAsync(api.MessageUpdate(photo), target: 0, CancellationToken.None);
        var answer = await api.WaitForReplyAsync(Tg.IdOf(photo), seconds: 60);

        var submit = Tg.Private(6203, "/submit");
        await Task.WhenAll(
            balancer.DeliverAsync(Update(api, Tg.Press(6203, answer, photo)), target: 0, CancellationToken.None),
            balancer.DeliverAsync(api.MessageUpdate(submit), target: 1, CancellationToken.None));
        await api.WaitForReplyAsync(Tg.IdOf(submit), seconds: 30);
        await api.WaitForAsync(c => c.Method == "sendPhoto" && c.Succeeded && c.ChatId == ShippedBot.ReviewersGroup, seconds: 30);
        await api.WaitForAsync(c => c.Method == "sendMessage" && c.Succeeded && c.ChatId == ShippedBot.ReviewersGroup && c.Text.Contains("#1", StringComparison.Ordinal), seconds: 30);

        // One tip (#1, the image); nothing made a second one with the text only.
        Assert.Equal(png, api.Photos.Single(p => p.ChatId == ShippedBot.ReviewersGroup).Bytes);
        Assert.DoesNotContain(api.Sent, c => c.ChatId == ShippedBot.ReviewersGroup && c.Text.Contains("#2", StringComparison.Ordinal));
    }

    public void Dispose() => folder.Dispose();

    private static async Task<ApiCall> OfferBeforeRestartAsync(FakeBotApi api, string database, JsonObject photo)
    {
        await using var before = await ShippedBot.StartAsync(api, database);
        api.EnqueueMessage(photo);
        var answer = await api.WaitForReplyAsync(Tg.IdOf(photo), seconds: 60);
        Assert.Contains("tip:submit", answer.ButtonData);
        return answer;
    }

    private static byte[] Scene(int seed)
    {
        using var scene = GeneratedImages.Scene(seed, 960, 720);
        return GeneratedImages.Encode(scene, SKEncodedImageFormat.Png, 100);
    }

    private static JsonObject Update(FakeBotApi api, JsonObject update)
    {
        var numbered = api.MessageUpdate(new JsonObject());
        update["update_id"] = numbered["update_id"]!.GetValue<int>();
        return update;
    }

    private static Task<ShippedBot> StartInstanceAsync(FakeBotApi api, string store, string listen)
    {
        var settings = FakeBotApi.WebhookSettings(listen, Secret);
        settings["Storage:Provider"] = "Postgres";
        return ShippedBot.StartAsync(api, store, settings);
    }

    // Two instances on one PostgreSQL schema behind the fake Telegram's webhook balancer, stopped in reverse order.
    private sealed class TwoInstances : IAsyncDisposable
    {
        private readonly List<IAsyncDisposable> started = [];

        public FakeBotApi Api { get; private set; } = null!;

        public WebhookBalancer Balancer { get; private set; } = null!;

        public static async Task<TwoInstances> StartAsync(string server)
        {
            var instances = new TwoInstances();
            try
            {
                var schema = await TestSchema.CreateAsync(server);
                instances.started.Add(schema);
                instances.Api = new FakeBotApi();
                instances.started.Add(instances.Api);
                var listens = new[] { FakeBotApi.FreeWebhookUrl(), FakeBotApi.FreeWebhookUrl() };
                foreach (var listen in listens)
                {
                    instances.started.Add(await StartInstanceAsync(instances.Api, schema.ConnectionString, listen));
                }

                await instances.Api.WaitForCountAsync(c => c.Method == "setWebhook", 2);
                instances.Balancer = instances.Api.Balance(Secret, listens, connections: 4);
                return instances;
            }
            catch
            {
                await instances.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            Balancer?.Dispose();
            for (var i = started.Count - 1; i >= 0; i--)
            {
                await started[i].DisposeAsync();
            }
        }
    }
}
