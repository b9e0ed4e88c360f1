using FactCheck.Core.Tips;
using System.Data.Common;
using FactCheck.Storage.Tests.Sqlite;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="ITipStore"/> does, on every provider.</summary>
public abstract class TipStoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Reviewer Editor = new("telegram", "900");

    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task The_same_text_from_another_user_joins_the_tip_and_a_repeat_ask_counts_once()
    {
        await using var db = await OpenAsync();
        var store = db.Tips();

        var first = await Submit(store, "Vaksin berisi chip", "1", "hash-a");
        var second = await Submit(store, "vaksin berisi chip!", "2", "hash-a");
        var again = await Submit(store, "Vaksin berisi chip", "2", "hash-a");

        Assert.Equal((SubmitStatus.Created, SubmitStatus.Joined, SubmitStatus.AlreadyAsked), (first.Status, second.Status, again.Status));
        Assert.Equal(first.TipId, second.TipId);
        Assert.Equal(2, again.AskCount);
        Assert.Equal(["1", "2"], (await store.GetAskersAsync(first.TipId, CancellationToken.None)).Select(a => a.UserId));
    }

    [SkippableFact]
    public async Task Identical_submissions_arriving_at_once_make_one_tip_counting_every_asker()
    {
        await using var db = await OpenAsync();
        await db.Tips().InitializeAsync(CancellationToken.None);

        // Separate store instances, as separate processes would be: only the database keeps them apart.
        var results = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Task.Run(() =>
            Submit(db.Tips(), "Same chain message", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "same"))));

        Assert.Single(results.Select(r => r.TipId).Distinct());
        Assert.Equal(1, results.Count(r => r.Status == SubmitStatus.Created));
        Assert.Equal(["6"], await db.ColumnAsync("SELECT ask_count FROM tips"));
    }

    [SkippableFact]
    public async Task Open_tips_are_listed_most_asked_first()
    {
        await using var db = await OpenAsync();
        var store = db.Tips();
        var once = await Submit(store, "asked once", "1", "h1");
        var thrice = await Submit(store, "asked three times", "1", "h3");
        await Submit(store, "asked three times", "2", "h3");
        await Submit(store, "asked three times", "3", "h3");
        var twice = await Submit(store, "asked twice", "1", "h2");
        await Submit(store, "asked twice", "2", "h2");
        var dismissed = await Submit(store, "dismissed", "1", "h4");
        await store.DismissAsync(dismissed.TipId, Editor, Start, CancellationToken.None);

        var queue = await store.ListOpenAsync(10, CancellationToken.None);

        Assert.Equal([thrice.TipId, twice.TipId, once.TipId], queue.Select(t => t.Id));
        Assert.Equal([3, 2, 1], queue.Select(t => t.AskCount));
    }

    [SkippableFact]
    public async Task Publish_enqueues_one_notification_per_asker_once_and_sent_ones_stay_sent_after_reopening()
    {
        await using var db = await OpenAsync();
        var store = db.Tips();
        var tip = await Submit(store, "Air kelapa menyembuhkan covid", "1", "h");
        await Submit(store, "Air kelapa menyembuhkan covid", "2", "h");
        await Submit(store, "Air kelapa menyembuhkan covid", "3", "h");
        await store.SetOptOutAsync("telegram", "3", true, CancellationToken.None);
        await store.SubmitAsync(new TipSubmission("Air kelapa menyembuhkan covid", new Asker("discord", "d1", "dm-d1", "en")), "h", "id", null, Start, CancellationToken.None);
        var claim = Claims.Make("tip:1");

        var published = await store.PublishAsync(tip.TipId, claim, Editor, Start, CancellationToken.None);
        var republished = await store.PublishAsync(tip.TipId, claim, Editor, Start, CancellationToken.None);
        var pending = await store.DequeuePendingAsync("telegram", 100, CancellationToken.None);

        Assert.Equal(TipStatus.Published, published.Value!.Status);
        Assert.Equal("tip:1", published.Value.ClaimId);
        Assert.True(republished.IsDone);
        Assert.Equal(["1", "2"], pending.Select(m => m.Asker.UserId));
        Assert.All(pending, m => Assert.False(m.IsUpdate));
        Assert.Equal(["d1"], (await store.DequeuePendingAsync("discord", 100, CancellationToken.None)).Select(m => m.Asker.UserId));

        foreach (var message in pending)
        {
            await store.MarkSentAsync(message.Id, Start, CancellationToken.None);
        }

        Assert.Empty(await store.DequeuePendingAsync("telegram", 100, CancellationToken.None));
        Assert.Empty(await db.Tips().DequeuePendingAsync("telegram", 100, CancellationToken.None));

        // A corrected verdict is a new claim version: sent again, marked as an update.
        await store.PublishAsync(tip.TipId, Claims.Make("tip:1", rating: "Misleading"), Editor, Start, CancellationToken.None);
        var corrections = await db.Tips().DequeuePendingAsync("telegram", 100, CancellationToken.None);
        Assert.Equal(["1", "2"], corrections.Select(m => m.Asker.UserId));
        Assert.All(corrections, m => Assert.True(m.IsUpdate));
    }

    [SkippableFact]
    public async Task A_publish_failing_midway_leaves_tips_claims_outbox_and_actions_unchanged()
    {
        await using var db = await OpenAsync();
        var store = db.Tips();
        var tip = await Submit(store, "Pesan berantai tentang bansos", "1", "h");
        await Submit(store, "Pesan berantai tentang bansos", "2", "h");
        // The second outbox row fails: by then the claim is written and the tip marked published.
        await db.FailSecondOutboxInsertAsync();
        var before = await db.DumpAsync();

        await Assert.ThrowsAnyAsync<DbException>(() => store.PublishAsync(tip.TipId, Claims.Make("tip:1"), Editor, Start, CancellationToken.None));

        Assert.Equal(before, await db.DumpAsync());
        Assert.Equal(["0"], await db.ColumnAsync("SELECT COUNT(*) FROM claims"));
        Assert.Equal(TipStatus.Open, (await store.GetAsync(tip.TipId, CancellationToken.None))!.Status);
    }

    [SkippableFact]
    public async Task Forget_leaves_no_row_mentioning_the_user_in_any_table()
    {
        await using var db = await OpenAsync();
        var store = db.Tips();
        const string User = "7781234";
        var shared = await Submit(store, "Shared rumour about the election", User, "shared");
        await Submit(store, "Shared rumour about the election", "2", "shared");
        await Submit(store, "A rumour only this user sent", User, "own");
        await store.SetOptOutAsync("telegram", User, true, CancellationToken.None);
        await store.RecordActionAsync(new Reviewer("telegram", User), "list", null, null, Start, CancellationToken.None);
        await store.PublishAsync(shared.TipId, Claims.Make("tip:1"), Editor, Start, CancellationToken.None);
        await db.ChatState().SetSettingAsync("telegram", "user:" + User, "language", "id", CancellationToken.None);
        Assert.Contains(User, await db.DumpAsync(), StringComparison.Ordinal);

        await store.ForgetUserAsync("telegram", User, CancellationToken.None);

        var dump = await db.DumpAsync();
        Assert.DoesNotContain(User, dump, StringComparison.Ordinal);
        Assert.DoesNotContain("A rumour only this user sent", dump, StringComparison.Ordinal);
        Assert.Equal(1, (await store.GetAsync(shared.TipId, CancellationToken.None))!.AskCount);
        Assert.Equal(["list"], await db.ColumnAsync("SELECT action FROM reviewer_actions WHERE reviewer = 'forgotten'"));
    }

    [SkippableFact]
    public async Task Purge_removes_only_tips_last_updated_before_the_cutoff()
    {
        await using var db = await OpenAsync();
        var store = db.Tips();
        var old = await Submit(store, "old rumour", "1", "old", Start);
        var recent = await Submit(store, "recent rumour", "1", "recent", Start.AddDays(100));

        var purged = await store.PurgeAsync(Start.AddDays(50), CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Null(await store.GetAsync(old.TipId, CancellationToken.None));
        Assert.NotNull(await store.GetAsync(recent.TipId, CancellationToken.None));
        Assert.Equal(["1"], await db.ColumnAsync("SELECT COUNT(*) FROM tip_askers"));
    }

    [SkippableFact]
    public async Task Expected_refusals_are_values_dismissed_tips_and_unknown_claims()
    {
        await using var db = await OpenAsync();
        var store = db.Tips();
        var tip = await Submit(store, "some rumour", "1", "h");

        var attachUnknown = await store.AttachAsync(tip.TipId, "no-such-claim", Editor, Start, CancellationToken.None);
        var dismissed = await store.DismissAsync(tip.TipId, Editor, Start, CancellationToken.None);
        var dismissedAgain = await store.DismissAsync(tip.TipId, Editor, Start, CancellationToken.None);
        var publishDismissed = await store.PublishAsync(tip.TipId, Claims.Make("tip:1"), Editor, Start, CancellationToken.None);
        var missing = await store.DismissAsync(999, Editor, Start, CancellationToken.None);

        Assert.Equal(
            (TipActionStatus.ClaimNotFound, TipActionStatus.Done, TipActionStatus.NotOpen, TipActionStatus.NotOpen, TipActionStatus.TipNotFound),
            (attachUnknown.Status, dismissed.Status, dismissedAgain.Status, publishDismissed.Status, missing.Status));
        Assert.Equal(["dismiss"], await db.ColumnAsync("SELECT action FROM reviewer_actions"));
        Assert.Equal(["0"], await db.ColumnAsync("SELECT COUNT(*) FROM claims"));
    }

    private static Task<SubmitResult> Submit(ITipStore store, string text, string userId, string hash, DateTimeOffset? at = null) =>
        store.SubmitAsync(new TipSubmission(text, new Asker("telegram", userId, "chat-" + userId, "id")), hash, "id", null, at ?? Start, CancellationToken.None);

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : TipStoreContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : TipStoreContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
