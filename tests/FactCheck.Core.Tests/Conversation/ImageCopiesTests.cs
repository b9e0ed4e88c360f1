using FactCheck.Core.Conversation;

namespace FactCheck.Core.Tests.Conversation;

/// <summary>The offered images' bytes an instance keeps in memory stay bounded: by total size, oldest first, and by the
/// offer's lifetime.</summary>
public sealed class ImageCopiesTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Beyond_the_byte_limit_the_oldest_copy_goes_first()
    {
        var copies = new ImageCopies(TimeSpan.FromMinutes(30), maxTotalBytes: 250);
        copies.Keep("a", new byte[100], "sha-a", Start);
        copies.Keep("b", new byte[100], "sha-b", Start.AddSeconds(1));

        copies.Keep("c", new byte[100], "sha-c", Start.AddSeconds(2));

        Assert.Null(copies.Take("a", "sha-a", Start.AddSeconds(3)));
        Assert.NotNull(copies.Take("b", "sha-b", Start.AddSeconds(3)));
        Assert.NotNull(copies.Take("c", "sha-c", Start.AddSeconds(3)));
    }

    [Fact]
    public void A_copy_is_given_only_for_its_own_offer_within_its_lifetime_and_only_once()
    {
        var copies = new ImageCopies(TimeSpan.FromMinutes(30), maxTotalBytes: 1000);
        copies.Keep("a", new byte[10], "sha-a", Start);
        copies.Keep("b", new byte[10], "sha-b", Start);
        copies.Keep("c", new byte[10], "sha-c", Start);

        var other = copies.Take("a", "sha-of-a-later-image", Start);
        var lapsed = copies.Take("b", "sha-b", Start.AddMinutes(30));
        var own = copies.Take("c", "sha-c", Start.AddMinutes(29));
        var again = copies.Take("c", "sha-c", Start.AddMinutes(29));

        Assert.Equal((null, null, true, null), (other, lapsed, own is not null, again));
    }
}
