using System.Text.Json;
using FactCheck.Discord.Tests.Fakes;

namespace FactCheck.Discord.Tests.Gateway;

public sealed class GatewayClientTests
{
    [Fact]
    public async Task Identifies_after_hello_with_token_intents_and_shard_then_hands_on_ready()
    {
        await using var h = new GatewayHarness();
        var connection = await h.Fake.ExpectConnectionAsync();
        Assert.Equal("/gateway", connection.Path);
        Assert.Contains("v=10", connection.Query, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Query, StringComparison.Ordinal);

        var identify = await connection.HandshakeAsync(h.Fake);

        Assert.Equal(GatewayHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal((1 << 0) | (1 << 9) | (1 << 12) | (1 << 15), identify.GetProperty("intents").GetInt32());
        Assert.Equal([0, 1], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));
        var ready = await h.NextDispatchAsync("READY");
        Assert.Equal(FakeGatewayConnection.SessionId, ready.Data.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task Heartbeats_and_answers_a_heartbeat_request_at_once()
    {
        await using var h = new GatewayHarness();
        var connection = await h.Fake.ExpectConnectionAsync();
        await connection.HandshakeAsync(h.Fake, heartbeatMs: 60000);
        await connection.SendAsync(new { op = 1, d = (object?)null });

        await connection.FirstHeartbeatAsync();
        Assert.Equal(1, h.Fake.ConnectionCount);
    }

    [Fact]
    public async Task Withheld_heartbeat_ack_drops_the_zombie_and_resumes_on_the_resume_url_with_the_last_sequence()
    {
        await using var h = new GatewayHarness();
        var first = await h.Fake.ExpectConnectionAsync();
        first.AutoAck = false;
        await first.HandshakeAsync(h.Fake, heartbeatMs: 100);
        await first.DispatchAsync("GUILD_CREATE", new { id = "1" }, 5);
        await h.NextDispatchAsync("GUILD_CREATE");

        var second = await h.Fake.ExpectConnectionAsync();
        var closeCode = await first.WaitClosedAsync();
        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);
        Assert.Equal("/resume", second.Path);
        Assert.Contains("v=10", second.Query, StringComparison.Ordinal);
        await second.HelloAsync();
        var resume = await second.ExpectAsync(6);
        Assert.Equal(GatewayHarness.Token, resume.GetProperty("token").GetString());
        Assert.Equal(FakeGatewayConnection.SessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(5, resume.GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task Reconnect_opcode_resumes_on_the_resume_url()
    {
        await using var h = new GatewayHarness();
        var first = await h.Fake.ExpectConnectionAsync();
        await first.HandshakeAsync(h.Fake);
        await first.DispatchAsync("MESSAGE_CREATE", new { id = "m1" }, 2);
        await h.NextDispatchAsync("MESSAGE_CREATE");
        await first.SendAsync(new { op = 7, d = (object?)null });

        var second = await h.Fake.ExpectConnectionAsync();
        Assert.Equal("/resume", second.Path);
        await second.HelloAsync();
        var resume = await second.ExpectAsync(6);
        Assert.Equal(2, resume.GetProperty("seq").GetInt64());
        await second.DispatchAsync("RESUMED", new { }, 3);
        await h.NextDispatchAsync("RESUMED");
    }

    [Fact]
    public async Task Invalid_session_true_resumes_the_session()
    {
        await using var h = new GatewayHarness();
        var first = await h.Fake.ExpectConnectionAsync();
        await first.HandshakeAsync(h.Fake);
        await first.SendAsync(new { op = 9, d = true });

        var second = await h.Fake.ExpectConnectionAsync();
        Assert.Equal("/resume", second.Path);
        await second.HelloAsync();
        var resume = await second.ExpectAsync(6);
        Assert.Equal(FakeGatewayConnection.SessionId, resume.GetProperty("session_id").GetString());
    }

    [Fact]
    public async Task Invalid_session_false_identifies_afresh_on_the_gateway_url()
    {
        await using var h = new GatewayHarness();
        var first = await h.Fake.ExpectConnectionAsync();
        await first.HandshakeAsync(h.Fake);
        await first.SendAsync(new { op = 9, d = false });

        var second = await h.Fake.ExpectConnectionAsync();
        Assert.Equal("/gateway", second.Path);
        await second.HelloAsync();
        var identify = await second.ExpectAsync(2);
        Assert.Equal(GatewayHarness.Token, identify.GetProperty("token").GetString());
    }

    [Fact]
    public async Task Close_4004_stops_with_a_clear_reason_and_does_not_reconnect()
    {
        await using var h = new GatewayHarness();
        var connection = await h.Fake.ExpectConnectionAsync();
        await connection.HelloAsync();
        await connection.ExpectAsync(2);
        await connection.CloseAsync(4004, "Authentication failed.");

        var reason = await h.Run.WaitAsync(FakeDiscord.Timeout);

        Assert.True(reason.IsFatal);
        Assert.Equal(4004, reason.CloseCode);
        Assert.Contains("Discord:Token", reason.Message, StringComparison.Ordinal);
        Assert.Equal(1, h.Fake.ConnectionCount);
        Assert.Single(h.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("4004", StringComparison.Ordinal));
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains(GatewayHarness.Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resumable_close_code_resumes_and_session_timeout_identifies_afresh()
    {
        await using var h = new GatewayHarness();
        var first = await h.Fake.ExpectConnectionAsync();
        await first.HandshakeAsync(h.Fake);
        await first.CloseAsync(4000, "Unknown error");

        var second = await h.Fake.ExpectConnectionAsync();
        Assert.Equal("/resume", second.Path);
        await second.HelloAsync();
        await second.ExpectAsync(6);
        await second.CloseAsync(4009, "Session timed out");

        var third = await h.Fake.ExpectConnectionAsync();
        Assert.Equal("/gateway", third.Path);
        await third.HelloAsync();
        await third.ExpectAsync(2);
    }

    [Fact]
    public async Task A_drop_without_a_close_frame_resumes()
    {
        await using var h = new GatewayHarness();
        var first = await h.Fake.ExpectConnectionAsync();
        await first.HandshakeAsync(h.Fake);
        await first.DispatchAsync("MESSAGE_CREATE", new { id = "m1" }, 4);
        await h.NextDispatchAsync("MESSAGE_CREATE");

        first.Dispose();

        var second = await h.Fake.ExpectConnectionAsync();
        Assert.Equal("/resume", second.Path);
        await second.HelloAsync();
        Assert.Equal(4, (await second.ExpectAsync(6)).GetProperty("seq").GetInt64());
    }

    [Fact]
    public async Task A_message_split_across_several_frames_is_read_whole()
    {
        await using var h = new GatewayHarness();
        var connection = await h.Fake.ExpectConnectionAsync();
        await connection.HandshakeAsync(h.Fake);
        var content = string.Concat(Enumerable.Repeat("Kim Jong Un 🚀 terlalu gila ", 2000));
        var payload = JsonSerializer.Serialize(new { op = 0, t = "MESSAGE_CREATE", s = 2, d = new { id = "m1", content } });

        await connection.SendTextAsync(payload, frames: 7);

        var dispatch = await h.NextDispatchAsync("MESSAGE_CREATE");
        Assert.Equal(content, dispatch.Data.GetProperty("content").GetString());
    }

    [Fact]
    public async Task Malformed_json_and_unknown_opcodes_are_logged_and_survived()
    {
        await using var h = new GatewayHarness();
        var connection = await h.Fake.ExpectConnectionAsync();
        await connection.HandshakeAsync(h.Fake);

        await connection.SendTextAsync("{\"op\": 0, \"d\": {\"unterminated");
        await connection.SendTextAsync("[1,2,3]");
        await connection.SendAsync(new { op = 42, d = new { } });
        await connection.DispatchAsync("SOMETHING_NEW", new { x = 1 }, 2);
        await connection.DispatchAsync("MESSAGE_CREATE", new { id = "after" }, 3);

        var dispatch = await h.NextDispatchAsync("MESSAGE_CREATE");
        Assert.Equal("after", dispatch.Data.GetProperty("id").GetString());
        Assert.Equal(1, h.Fake.ConnectionCount);
        Assert.Contains(h.Logs.Lines, l => l.Contains("not valid gateway JSON", StringComparison.Ordinal));
    }
}
