using FactCheck.Discord.Model;
using FactCheck.Discord.Rest;
using FactCheck.Discord.Tests.Fakes;

namespace FactCheck.Discord.Tests.Rest;

public sealed class RestClientTests : IAsyncDisposable
{
    private const string Token = "rest-token-xyz";
    private readonly FakeDiscord fake = new();
    private readonly TestLoggerProvider logs = new();
    private readonly DiscordRestClient client;
    private readonly DiscordApi api;

    public RestClientTests()
    {
        var http = new HttpClient { BaseAddress = new Uri(fake.ApiBaseUrl + "/") };
        http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", "DiscordBot (https://example.org, 1.0)");
        client = new DiscordRestClient(http, new RestRateLimiter(TimeProvider.System), Token, logs.For<DiscordRestClient>());
        api = new DiscordApi(client);
    }

    private static CreateMessage Reply => new([new Embed(Title: "t")], AllowedMentions.None, new MessageReference("55"));

    [Fact]
    public async Task Create_message_after_a_429_waits_retry_after_then_succeeds()
    {
        fake.Script("POST", "/channels/1/messages", new FakeResponse(
            429,
            """{"message":"You are being rate limited.","retry_after":0.3,"global":false}""",
            new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "abc", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.3" }));

        var result = await api.CreateMessageAsync("1", Reply, CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Equal(2, fake.Requests.Count(r => r.Path == "/channels/1/messages"));
        var sent = fake.Requests[^1];
        Assert.Equal("Bot " + Token, sent.Authorization);
        Assert.StartsWith("DiscordBot (", sent.UserAgent, StringComparison.Ordinal);
        Assert.Equal("55", sent.Json.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.False(sent.Json.GetProperty("message_reference").GetProperty("fail_if_not_exists").GetBoolean());
        Assert.Empty(sent.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.False(sent.Json.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean());
    }

    [Fact]
    public async Task A_global_429_pauses_and_then_succeeds()
    {
        fake.Script("POST", "/channels/2/messages", new FakeResponse(
            429, """{"message":"global","retry_after":0.2,"global":true}""", new Dictionary<string, string> { ["X-RateLimit-Global"] = "true" }));

        var result = await api.CreateMessageAsync("2", Reply, CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Contains(logs.Lines, l => l.Contains("global: True", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Server_errors_are_retried_a_bounded_number_of_times()
    {
        fake.Script("POST", "/channels/3/messages", [.. Enumerable.Repeat(new FakeResponse(502, "bad gateway"), 10)]);

        var result = await api.CreateMessageAsync("3", Reply, CancellationToken.None);

        Assert.Equal(RestStatus.Failed, result.Status);
        Assert.Equal(4, fake.Requests.Count(r => r.Path == "/channels/3/messages"));
    }

    [Fact]
    public async Task A_401_stops_all_further_requests_with_that_token()
    {
        fake.Script("POST", "/channels/4/messages", new FakeResponse(401, """{"message":"401: Unauthorized","code":0}"""));

        var first = await api.CreateMessageAsync("4", Reply, CancellationToken.None);
        var second = await api.CreateMessageAsync("4", Reply, CancellationToken.None);

        Assert.Equal(RestStatus.Unauthorized, first.Status);
        Assert.Equal(RestStatus.Unauthorized, second.Status);
        Assert.Single(fake.Requests, r => r.Path == "/channels/4/messages");
        Assert.DoesNotContain(logs.Lines, l => l.Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_exhausted_bucket_waits_for_its_reset_before_the_next_request()
    {
        fake.Script("POST", "/channels/5/messages", new FakeResponse(
            200, """{"id":"1"}""", new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "b5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.4" }));

        await api.CreateMessageAsync("5", Reply, CancellationToken.None);
        var started = DateTime.UtcNow;
        var second = await api.CreateMessageAsync("5", Reply, CancellationToken.None);

        // Generous lower bound only: the client must not have sent before the bucket reset.
        Assert.True(second.IsOk);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task Interaction_callbacks_carry_no_bot_token()
    {
        var result = await api.RespondAsync("99", "tok", new InteractionResponse(5, null), CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Null(fake.Requests.Single(r => r.Path == "/interactions/99/tok/callback").Authorization);
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await fake.DisposeAsync();
    }
}
