using FactCheck.Core.Desk;
using FactCheck.Core.Tips;
using FactCheck.Storage.Relational;
using FactCheck.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.Bot.Tests.Web;

/// <summary>Sign-in links and sessions over a real SQLite file, on a fake clock.</summary>
public sealed class DeskLoginTests : IDisposable
{
    private readonly TestStore store = new();
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly ReviewerOptions reviewers = new() { Telegram = ["42"] };
    private readonly DeskLogin login;
    private readonly SqlDeskStore desks;

    public DeskLoginTests()
    {
        desks = new SqlDeskStore(new SqliteDatabase(store.ConnectionString));
        login = new DeskLogin(desks, () => reviewers, clock, () => "https://desk.example.org/", TimeSpan.FromHours(12));
    }

    private static readonly DeskIdentity Reviewer = new("telegram", "42", "id");

    [Fact]
    public async Task A_link_is_a_256_bit_secret_under_the_public_url_and_only_its_hash_is_stored()
    {
        var link = await login.IssueLinkAsync(Reviewer, CancellationToken.None) ?? throw new InvalidOperationException("no link");
        Assert.StartsWith("https://desk.example.org/desk/login?token=", link, StringComparison.Ordinal);
        var secret = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];
        Assert.Equal(43, secret.Length);
        Assert.DoesNotContain(secret, await FactCheck.Tests.Shared.DatabaseDump.OfAsync(store.ConnectionString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_works_once_within_ten_minutes()
    {
        var once = Secret(await login.IssueLinkAsync(Reviewer, CancellationToken.None));
        Assert.NotNull(await login.RedeemAsync(once, CancellationToken.None));
        Assert.Null(await login.RedeemAsync(once, CancellationToken.None));

        var late = Secret(await login.IssueLinkAsync(Reviewer, CancellationToken.None));
        clock.Advance(DeskLogin.LinkLifetime);
        Assert.Null(await login.RedeemAsync(late, CancellationToken.None));

        var inTime = Secret(await login.IssueLinkAsync(Reviewer, CancellationToken.None));
        clock.Advance(DeskLogin.LinkLifetime - TimeSpan.FromSeconds(1));
        Assert.NotNull(await login.RedeemAsync(inTime, CancellationToken.None));
    }

    [Fact]
    public async Task Strangers_get_no_link_and_malformed_secrets_are_refused_unread()
    {
        Assert.Null(await login.IssueLinkAsync(new DeskIdentity("telegram", "7", "en"), CancellationToken.None));
        Assert.Null(await login.IssueLinkAsync(new DeskIdentity("discord", "42", "en"), CancellationToken.None));
        foreach (var bad in new[] { null, string.Empty, new string('a', 1_000_000), "\0\u0001binary", new string('a', 42) + "!" })
        {
            Assert.Null(await login.RedeemAsync(bad, CancellationToken.None));
            Assert.Null(await login.SessionAsync(bad, CancellationToken.None));
        }
    }

    [Fact]
    public async Task A_session_lasts_its_hours_ends_at_logout_and_when_the_reviewer_is_removed()
    {
        var (session, owner) = (await login.RedeemAsync(Secret(await login.IssueLinkAsync(Reviewer, CancellationToken.None)), CancellationToken.None))!.Value;
        Assert.Equal(Reviewer, owner);
        Assert.Equal(Reviewer, await login.SessionAsync(session, CancellationToken.None));
        clock.Advance(TimeSpan.FromHours(12));
        Assert.Null(await login.SessionAsync(session, CancellationToken.None));

        var (second, _) = (await login.RedeemAsync(Secret(await login.IssueLinkAsync(Reviewer, CancellationToken.None)), CancellationToken.None))!.Value;
        await login.LogoutAsync(second, CancellationToken.None);
        Assert.Null(await login.SessionAsync(second, CancellationToken.None));

        var (third, _) = (await login.RedeemAsync(Secret(await login.IssueLinkAsync(Reviewer, CancellationToken.None)), CancellationToken.None))!.Value;
        reviewers.Telegram.Clear();
        Assert.Null(await login.SessionAsync(third, CancellationToken.None));
        reviewers.Telegram.Add("42");
        Assert.Null(await login.SessionAsync(third, CancellationToken.None));
    }

    public void Dispose() => store.Dispose();

    private static string Secret(string? link) => link is null ? throw new InvalidOperationException("no link") : link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];
}
