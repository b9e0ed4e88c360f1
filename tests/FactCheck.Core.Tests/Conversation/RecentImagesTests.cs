using FactCheck.Core.Conversation;
using FactCheck.Core.Images;
using FactCheck.Core.Storage;
using FactCheck.Core.Tips;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FactCheck.Core.Tests.Conversation;

/// <summary>Offered images over one store, as two instances (or a process before and after a restart) see them: the
/// offer is kept as the platform's reference, the bytes fetched again on submit and checked, taken out once, lapsing
/// after 30 minutes.</summary>
public sealed class RecentImagesTests
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    private static readonly TipImage Image = new(Png, "image/png", [PdqHash.FromBytes(new byte[32])]);

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly MemoryPendingImageStore store = new();
    private readonly Platform platform = Platform.Telegram;

    [Fact]
    public async Task An_image_offered_by_one_instance_is_fetched_again_by_the_other_with_its_fingerprints_and_text()
    {
        var files = new Files { ["file-1"] = Png };
        await Instance(files).RememberAsync(platform, "42", Image, "file-1", "tip text", "caption", CancellationToken.None);

        var taken = await Instance(files).TakeAsync(platform, "42", null, CancellationToken.None);

        Assert.NotNull(taken?.Image);
        Assert.Equal((Png, "image/png", "tip text"), (taken.Image.Bytes, taken.Image.MediaType, taken.TipText));
        Assert.Equal(Image.Hashes, taken.Image.Hashes);
        Assert.Equal(1, files.Downloads);
    }

    [Fact]
    public async Task The_instance_that_read_the_image_submits_its_own_copy_without_fetching_it_again_and_only_once()
    {
        var files = new Files { ["file-1"] = Png };
        var one = Instance(files);
        await one.RememberAsync(platform, "42", Image, "file-1", "tip text", string.Empty, CancellationToken.None);

        var taken = await one.TakeAsync(platform, "42", "tip text", CancellationToken.None);
        var again = await Instance(files).TakeAsync(platform, "42", null, CancellationToken.None);

        Assert.Equal(Png, taken?.Image?.Bytes);
        Assert.Null(again);
        Assert.Equal(0, files.Downloads);
    }

    [Fact]
    public async Task An_image_the_platform_no_longer_serves_or_serves_changed_leaves_the_text_alone()
    {
        var files = new Files { ["changed"] = [.. Png, 9] };
        await Instance(files).RememberAsync(platform, "1", Image, "gone", "tip one", string.Empty, CancellationToken.None);
        await Instance(files).RememberAsync(platform, "2", Image, "changed", "tip two", string.Empty, CancellationToken.None);
        await Instance(files).RememberAsync(platform, "3", Image, null, "tip three", string.Empty, CancellationToken.None);

        var gone = await Instance(files).TakeAsync(platform, "1", null, CancellationToken.None);
        var changed = await Instance(files).TakeAsync(platform, "2", null, CancellationToken.None);
        var unnamed = await Instance(files).TakeAsync(platform, "3", null, CancellationToken.None);

        Assert.Equal((null, "tip one"), (gone?.Image, gone?.TipText));
        Assert.Equal((null, "tip two"), (changed?.Image, changed?.TipText));
        Assert.Equal((null, "tip three"), (unnamed?.Image, unnamed?.TipText));
    }

    [Fact]
    public async Task An_offer_put_back_after_a_failed_submission_is_taken_again_by_any_instance_until_it_lapses()
    {
        var files = new Files { ["file-1"] = Png };
        var one = Instance(files);
        await one.RememberAsync(platform, "42", Image, "file-1", "tip", string.Empty, CancellationToken.None);
        var taken = await one.TakeAsync(platform, "42", null, CancellationToken.None);

        await one.PutBackAsync(platform, "42", taken!, CancellationToken.None);
        var again = await Instance(files).TakeAsync(platform, "42", null, CancellationToken.None);
        await one.PutBackAsync(platform, "42", again!, CancellationToken.None);
        time.Advance(RecentImages.Lifetime);
        var lapsed = await one.TakeAsync(platform, "42", null, CancellationToken.None);

        Assert.Equal(Png, again?.Image?.Bytes);
        Assert.Null(lapsed);
    }

    [Fact]
    public async Task An_offer_lapses_after_thirty_minutes()
    {
        var files = new Files { ["file-1"] = Png };
        var one = Instance(files);
        await one.RememberAsync(platform, "42", Image, "file-1", "tip", string.Empty, CancellationToken.None);
        await one.RememberAsync(platform, "43", Image, "file-1", "tip", string.Empty, CancellationToken.None);

        time.Advance(RecentImages.Lifetime - TimeSpan.FromSeconds(1));
        var inTime = await Instance(files).TakeAsync(platform, "42", null, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        var lapsed = await one.TakeAsync(platform, "43", null, CancellationToken.None);

        Assert.NotNull(inTime?.Image);
        Assert.Null(lapsed);
    }

    [Fact]
    public async Task A_failing_store_loses_the_offer_but_never_throws()
    {
        var broken = new RecentImages(time, new BrokenStore(), [], 1024, NullLogger.Instance);

        await broken.RememberAsync(platform, "42", Image, "file-1", "tip", string.Empty, CancellationToken.None);
        await broken.ForgetAsync(platform, "42", CancellationToken.None);

        Assert.Null(await broken.TakeAsync(platform, "42", null, CancellationToken.None));
    }

    private RecentImages Instance(Files files) => new(time, store, [files], 1024 * 1024, NullLogger.Instance);

    /// <summary>A platform serving files by reference, counting the fetches.</summary>
    private sealed class Files : Dictionary<string, byte[]>, IImageReferences
    {
        public int Downloads { get; private set; }

        public Platform Platform => Platform.Telegram;

        public IncomingImage? Resolve(string reference) => new((max, ct) =>
        {
            Downloads++;
            return Task.FromResult(TryGetValue(reference, out var bytes) ? ImageDownload.Of(bytes) : ImageDownload.Refused(ImageRefusal.Unavailable));
        });
    }

    private sealed class BrokenStore : IPendingImageStore
    {
        public Task OfferAsync(string platform, string userId, PendingImage offer, DateTimeOffset now, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("database is locked");

        public Task<PendingImage?> TakeAsync(string platform, string userId, string submitted, DateTimeOffset now, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("database is locked");

        public Task ForgetAsync(string platform, string userId, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("database is locked");
    }
}
