using FactCheck.Core.Images;
using FactCheck.Core.Tips;
using FactCheck.Storage.Tests.Sqlite;

namespace FactCheck.Storage.Tests.Contract;

/// <summary>What every <see cref="IImageFingerprintStore"/> and <see cref="ITipImageStore"/> does, on every provider.</summary>
public abstract class ImageStoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);

    protected abstract Task<StoreTarget> OpenAsync();

    private static PdqHash Random(Random random)
    {
        Span<byte> bytes = stackalloc byte[32];
        random.NextBytes(bytes);
        return PdqHash.FromBytes(bytes);
    }

    // Flips bits from..from+count-1.
    private static PdqHash Flip(PdqHash hash, int count, int from = 0)
    {
        var flipped = new bool[PdqHash.Bits];
        for (var k = 0; k < PdqHash.Bits; k++)
        {
            flipped[k] = hash[k] ^ (k >= from && k < from + count);
        }

        return PdqHash.FromBits(flipped);
    }

    [SkippableFact]
    public async Task A_kept_fingerprint_finds_its_claim_within_the_distance_nearest_first_and_not_beyond()
    {
        await using var target = await OpenAsync();
        await target.ClaimStore().UpsertAsync([Claims.Make("c1"), Claims.Make("c2")], CancellationToken.None);
        var store = target.Fingerprints();
        var random = new Random(3);
        var (a, b) = (Random(random), Random(random));
        await store.AddAsync("c1", [a], "tip:1", Now, CancellationToken.None);
        await store.AddAsync("c2", [b, Flip(a, 20)], "tip:2", Now, CancellationToken.None);
        await store.AddAsync("c2", [b], "tip:2", Now, CancellationToken.None);

        var near = await store.FindAsync([Flip(a, 10)], 31, CancellationToken.None);
        var far = await store.FindAsync([Flip(a, 40, from: 100)], 31, CancellationToken.None);

        Assert.Equal([new FingerprintMatch("c1", 10), new FingerprintMatch("c2", 10)], near);
        Assert.Empty(far);
        Assert.Equal(["3"], await target.ColumnAsync("SELECT COUNT(*) FROM claim_image_hashes"));
    }

    [SkippableFact]
    public async Task A_tip_image_is_kept_once_read_back_whole_and_deleted_by_its_submitters_forget_or_with_the_tip()
    {
        await using var target = await OpenAsync();
        var tips = target.Tips();
        var asker = new Asker("telegram", "42", "42", "id");
        var first = await tips.SubmitAsync(new TipSubmission("[image]", asker), "h1", "id", null, Now, CancellationToken.None);
        var second = await tips.SubmitAsync(new TipSubmission("other", asker with { UserId = "43" }), "h2", "id", null, Now, CancellationToken.None);
        var images = target.TipImages();
        var hash = Random(new Random(1));
        var image = new TipImage([0x89, (byte)'P', (byte)'N', (byte)'G', 0, 255], "image/png", [hash]);

        await images.SaveAsync(first.TipId, "telegram", "42", image, Now, CancellationToken.None);
        await images.SaveAsync(first.TipId, "telegram", "43", image with { Bytes = [1] }, Now, CancellationToken.None);
        await images.SaveAsync(second.TipId, "telegram", "43", image, Now, CancellationToken.None);
        await images.SaveAsync(9999, "telegram", "43", image, Now, CancellationToken.None);
        var read = await images.GetAsync(first.TipId, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(image.Bytes, read.Bytes);
        Assert.Equal(("image/png", hash), (read.MediaType, Assert.Single(read.Hashes)));
        Assert.Null(await images.GetAsync(9999, CancellationToken.None));

        Assert.Equal(1, await images.ForgetUserAsync("telegram", "42", CancellationToken.None));
        Assert.Null(await images.GetAsync(first.TipId, CancellationToken.None));
        await tips.ForgetUserAsync("telegram", "43", CancellationToken.None);
        Assert.Equal(["0"], await target.ColumnAsync("SELECT COUNT(*) FROM tip_images"));
    }

    [SkippableFact]
    public async Task A_reviewers_notice_of_an_image_tip_comes_back_with_the_tip_whose_image_it_posts()
    {
        await using var target = await OpenAsync();
        var notices = target.ReviewerNotices();
        await notices.EnqueueAsync([("telegram", "-100")], "image tip", 7, Now, CancellationToken.None);
        await notices.EnqueueAsync([("telegram", "-100")], "text tip", Now, CancellationToken.None);

        var pending = await notices.PendingAsync("telegram", 10, CancellationToken.None);

        Assert.Equal([("image tip", (long?)7), ("text tip", null)], pending.Select(n => (n.Text, n.ImageTipId)));
    }

    /// <summary>The contract on an SQLite file.</summary>
    public sealed class OnSqlite : ImageStoreContract
    {
        protected override Task<StoreTarget> OpenAsync() => Task.FromResult<StoreTarget>(new SqliteTarget());
    }

    /// <summary>The contract on a PostgreSQL schema.</summary>
    public sealed class OnPostgres : ImageStoreContract
    {
        protected override async Task<StoreTarget> OpenAsync() => await PostgresTarget.CreateAsync();
    }
}
