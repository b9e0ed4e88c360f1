using FactCheck.Core.Images;
using FactCheck.Core.Storage;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="IPendingImageStore"/> does: an offered image waits for its user's /submit on any
/// instance, is taken out exactly once, only by a text that means it, and lapses after its lifetime.</summary>
public abstract class PendingImageStoreContract
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(30);

    protected abstract Task<StoreTarget> OpenAsync();

    [SkippableFact]
    public async Task An_offer_is_taken_by_another_instance_with_everything_it_was_offered_with_and_only_once()
    {
        await using var target = await OpenAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var offer = Offer(time, "AgACAgIAAxkBAAIBOWYz-file-id", "Vaccine X alters DNA", "look at this");
        await target.PendingImages().OfferAsync("telegram", "42", offer, time.GetUtcNow(), CancellationToken.None);

        var taken = await target.PendingImages().TakeAsync("telegram", "42", string.Empty, time.GetUtcNow(), CancellationToken.None);
        var again = await target.PendingImages().TakeAsync("telegram", "42", string.Empty, time.GetUtcNow(), CancellationToken.None);

        Assert.NotNull(taken);
        Assert.Equal((offer.Reference, offer.Sha256, offer.TipText, offer.Caption, offer.Expires), (taken.Reference, taken.Sha256, taken.TipText, taken.Caption, taken.Expires));
        Assert.Equal(offer.Hashes, taken.Hashes);
        Assert.Null(again);
    }

    [SkippableFact]
    public async Task Of_instances_taking_one_offer_at_once_exactly_one_gets_it()
    {
        await using var target = await OpenAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        for (var round = 0; round < 5; round++)
        {
            await target.PendingImages().OfferAsync("telegram", "42", Offer(time, "file-" + round, "tip", string.Empty), time.GetUtcNow(), CancellationToken.None);

            var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
                target.PendingImages().TakeAsync("telegram", "42", string.Empty, time.GetUtcNow(), CancellationToken.None))));

            Assert.Equal("file-" + round, Assert.Single(results, r => r is not null)!.Reference);
        }
    }

    [SkippableFact]
    public async Task An_offer_lapses_after_thirty_minutes_and_the_next_offer_drops_expired_ones()
    {
        await using var target = await OpenAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var store = target.PendingImages();
        await store.OfferAsync("telegram", "1", Offer(time, "a", "tip a", string.Empty), time.GetUtcNow(), CancellationToken.None);
        await store.OfferAsync("telegram", "2", Offer(time, "b", "tip b", string.Empty), time.GetUtcNow(), CancellationToken.None);

        time.Advance(Lifetime - TimeSpan.FromSeconds(1));
        var justInTime = await store.TakeAsync("telegram", "1", string.Empty, time.GetUtcNow(), CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        var lapsed = await store.TakeAsync("telegram", "2", string.Empty, time.GetUtcNow(), CancellationToken.None);
        await store.OfferAsync("telegram", "3", Offer(time, "c", "tip c", string.Empty), time.GetUtcNow(), CancellationToken.None);

        Assert.Equal("a", justInTime?.Reference);
        Assert.Null(lapsed);
        Assert.Equal(["3"], await target.ColumnAsync("SELECT user_id FROM pending_images"));
    }

    [SkippableFact]
    public async Task Only_a_text_that_means_the_image_takes_it_and_a_later_offer_replaces_the_earlier()
    {
        await using var target = await OpenAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var store = target.PendingImages();
        await store.OfferAsync("discord", "7", Offer(time, "https://cdn.example/old.png", "old text", "old caption"), time.GetUtcNow(), CancellationToken.None);
        await store.OfferAsync("discord", "7", Offer(time, "https://cdn.example/new.png", "caption\n\nread text", "caption"), time.GetUtcNow(), CancellationToken.None);

        var other = await store.TakeAsync("discord", "7", "something else entirely", time.GetUtcNow(), CancellationToken.None);
        var old = await store.TakeAsync("discord", "7", "old caption", time.GetUtcNow(), CancellationToken.None);
        var byCaption = await store.TakeAsync("discord", "7", "caption", time.GetUtcNow(), CancellationToken.None);

        Assert.Null(other);
        Assert.Null(old);
        Assert.Equal("https://cdn.example/new.png", byCaption?.Reference);
    }

    [SkippableFact]
    public async Task Forgetting_drops_the_user_s_offer_only_and_an_offer_without_reference_keeps_none()
    {
        await using var target = await OpenAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
        var store = target.PendingImages();
        await store.OfferAsync("telegram", "1", Offer(time, null, "tip", string.Empty), time.GetUtcNow(), CancellationToken.None);
        await store.OfferAsync("discord", "1", Offer(time, "d", "tip", string.Empty), time.GetUtcNow(), CancellationToken.None);

        await store.ForgetAsync("discord", "1", CancellationToken.None);
        await store.ForgetAsync("discord", "never-offered", CancellationToken.None);

        Assert.Null(await store.TakeAsync("discord", "1", string.Empty, time.GetUtcNow(), CancellationToken.None));
        var kept = await store.TakeAsync("telegram", "1", string.Empty, time.GetUtcNow(), CancellationToken.None);
        Assert.NotNull(kept);
        Assert.Null(kept.Reference);
    }

    private static PendingImage Offer(TimeProvider time, string? reference, string tipText, string caption)
    {
        var bytes = new byte[32];
        new Random(reference?.Length ?? 0).NextBytes(bytes);
        var hash = PdqHash.FromBytes(bytes);
        return new PendingImage(reference, new string('a', 64), [hash, PdqHash.FromBytes(bytes.Reverse().ToArray())], tipText, caption, time.GetUtcNow() + Lifetime);
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : PendingImageStoreContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : PendingImageStoreContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
