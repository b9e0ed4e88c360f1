using System.Globalization;
using System.Net;
using System.Text;
using FactCheck.Discord.Interactions;
using FactCheck.Discord.Tests.Fakes;
using FactCheck.Discord.Tests.Host;
using FactCheck.Storage.Relational;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Discord.Tests.Interactions;

public sealed class InteractionsRefusalTests
{
    public enum Forgery
    {
        SignedByAnotherKey,
        NoSignatureHeader,
        NoTimestampHeader,
        TamperedBody,
        StaleTimestamp,
        FutureTimestamp,
        SignatureNotHex,
    }

    [Theory]
    [InlineData(Forgery.SignedByAnotherKey)]
    [InlineData(Forgery.NoSignatureHeader)]
    [InlineData(Forgery.NoTimestampHeader)]
    [InlineData(Forgery.TamperedBody)]
    [InlineData(Forgery.StaleTimestamp)]
    [InlineData(Forgery.FutureTimestamp)]
    [InlineData(Forgery.SignatureNotHex)]
    public async Task A_request_not_signed_by_discord_just_now_gets_401_and_is_not_handled(Forgery forgery)
    {
        using var discord = new DiscordSigner();
        using var impostor = new DiscordSigner();
        var (h, endpoint) = await EndpointHarness.StartAsync(discord);
        await using var owned = h;
        var body = DiscordSigner.Json(DiscordEvents.Interaction("f-1", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote)));
        var now = DiscordSigner.Now;
        var old = DateTimeOffset.UtcNow.Add(-InteractionSignature.MaxSkew - TimeSpan.FromMinutes(1)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var ahead = DateTimeOffset.UtcNow.Add(InteractionSignature.MaxSkew + TimeSpan.FromMinutes(1)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("Kim Jong Un", "Kim Jong Il", StringComparison.Ordinal));

        using var response = forgery switch
        {
            Forgery.SignedByAnotherKey => await impostor.PostRawAsync(endpoint, body, impostor.Sign(now, body), now),
            Forgery.NoSignatureHeader => await discord.PostRawAsync(endpoint, body, null, now),
            Forgery.NoTimestampHeader => await discord.PostRawAsync(endpoint, body, discord.Sign(now, body), null),
            Forgery.TamperedBody => await discord.PostRawAsync(endpoint, tampered, discord.Sign(now, body), now),
            Forgery.StaleTimestamp => await discord.PostRawAsync(endpoint, body, discord.Sign(old, body), old),
            Forgery.FutureTimestamp => await discord.PostRawAsync(endpoint, body, discord.Sign(ahead, body), ahead),
            _ => await discord.PostRawAsync(endpoint, body, new string('z', 128), now),
        };

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // The same interaction, correctly signed afterwards, is still answered: the refused one left no mark.
        using var genuine = await discord.PostRawAsync(endpoint, body, discord.Sign(now, body), now);
        Assert.Contains("Express UK", await genuine.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains("Kim Jong", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_signed_ping_with_a_tampered_type_gets_401()
    {
        using var discord = new DiscordSigner();
        var (h, endpoint) = await EndpointHarness.StartAsync(discord);
        await using var owned = h;
        var now = DiscordSigner.Now;
        var signed = Encoding.UTF8.GetBytes("""{"id":"p-2","type":1,"token":"t"}""");

        using var response = await discord.PostRawAsync(endpoint, Encoding.UTF8.GetBytes("""{"id":"p-2","type":2,"token":"t"}"""), discord.Sign(now, signed), now);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Hostile_requests_get_a_clear_status_and_the_endpoint_keeps_answering()
    {
        using var discord = new DiscordSigner();
        var (h, endpoint) = await EndpointHarness.StartAsync(discord);
        await using var owned = h;
        var now = DiscordSigner.Now;
        var huge = new byte[InteractionHttpHandler.MaxBodyBytes + 1];
        huge.AsSpan().Fill((byte)'a');

        async Task<HttpStatusCode> SignedAsync(byte[] body)
        {
            using var r = await discord.PostRawAsync(endpoint, body, discord.Sign(now, body), now);
            return r.StatusCode;
        }

        async Task<HttpStatusCode> ChunkedAsync(byte[] body)
        {
            // No Content-Length: the cap must hold while reading, not only from the header.
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StreamContent(new MemoryStream(body)) };
            request.Headers.TransferEncodingChunked = true;
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", discord.Sign(now, body));
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", now);
            using var r = await discord.SendAsync(request);
            return r.StatusCode;
        }

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await SignedAsync(huge));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, await ChunkedAsync(huge));
        Assert.Equal(HttpStatusCode.BadRequest, await SignedAsync("{\"type\":2,"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, await SignedAsync([0xff, 0xfe, 0x00, 0x01]));
        Assert.Equal(HttpStatusCode.BadRequest, await SignedAsync("[1,2,3]"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, await SignedAsync(Encoding.UTF8.GetBytes(new string('[', 10_000) + new string(']', 10_000))));
        Assert.Equal(HttpStatusCode.BadRequest, await SignedAsync("""{"id":"a-1","type":4,"token":"t","data":{}}"""u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, await SignedAsync("""{"id":"a-2","type":"2","token":"t","data":{}}"""u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, await SignedAsync("""{"type":2,"data":{"name":"check"}}"""u8.ToArray()));
        using (var get = await discord.SendAsync(new HttpRequestMessage(HttpMethod.Get, endpoint)))
        {
            Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        }

        using var ping = await discord.PostAsync(endpoint, new { id = "p-3", type = 1, token = "t" });
        Assert.Equal(1, (await EndpointHarness.JsonOfAsync(ping)).GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task An_unknown_command_or_button_gets_a_private_answer_rather_than_a_failure()
    {
        using var discord = new DiscordSigner();
        var (h, endpoint) = await EndpointHarness.StartAsync(discord);
        await using var owned = h;

        using var command = await discord.PostAsync(endpoint, DiscordEvents.Interaction("u-1", new { id = "cmd-x", name = "no-such-command", type = 1 }));
        using var button = await discord.PostAsync(endpoint, TipEvents.Press("u-2", "1001", "not-ours:1"));

        foreach (var response in new[] { command, button })
        {
            var answer = await EndpointHarness.JsonOfAsync(response);
            Assert.Equal(4, answer.GetProperty("type").GetInt32());
            Assert.Equal(64, answer.GetProperty("data").GetProperty("flags").GetInt32());
        }
    }

    [Fact]
    public async Task A_handler_that_fails_gets_500_and_the_endpoint_keeps_answering()
    {
        using var discord = new DiscordSigner();
        var (h, endpoint) = await EndpointHarness.StartAsync(discord, configure: services =>
            services.AddSingleton(sp => TroubledStateStore.Around(sp.GetRequiredService<SqlChatStateStore>())));
        await using var owned = h;

        using var failed = await discord.PostAsync(endpoint, DiscordEvents.Interaction("e-1", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote)));
        using var ping = await discord.PostAsync(endpoint, new { id = "p-4", type = 1, token = "t" });

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Single(h.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("the store is unavailable", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
    }

    [Fact]
    public async Task A_handler_still_busy_after_discords_3_seconds_gets_503_and_its_late_answer_goes_over_rest_instead()
    {
        using var discord = new DiscordSigner();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var (h, endpoint) = await EndpointHarness.StartAsync(discord, configure: services =>
            services.AddSingleton(sp => TroubledStateStore.Around(sp.GetRequiredService<SqlChatStateStore>(), gate.Task)));
        await using var owned = h;

        // Waits for the endpoint's real 3-second deadline: that deadline is what is under test.
        using var late = await discord.PostAsync(endpoint, DiscordEvents.Interaction("s-1", DiscordEvents.SlashCheck(DiscordEvents.SeedQuote), guildId: null));
        gate.SetResult();
        var overRest = await h.Fake.ExpectRequestAsync("POST", "/interactions/s-1/itok-s-1/callback");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, late.StatusCode);
        // The handler's answer, made after the HTTP request was over, went to Discord's callback endpoint (which
        // refuses an expired interaction) rather than being lost silently or written twice.
        Assert.Contains("Express UK", overRest.Text, StringComparison.Ordinal);
    }
}
