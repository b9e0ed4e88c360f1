using FactCheck.Core.Matching;

namespace FactCheck.Core.Tests.Matching;

/// <summary>The postings kept across messages stay within their capacity and forget the words used longest ago.</summary>
public sealed class PostingsCacheTests
{
    [Fact]
    public void A_full_cache_forgets_the_words_used_longest_ago_and_keeps_the_ones_just_used()
    {
        var cache = new PostingsCache(capacity: 1000);
        static TermPostings Of(int count) => new(new int[count], new float[count]);
        cache.Add(("text_en", "old", 1f), Of(300));
        cache.Add(("text_en", "used", 1f), Of(300));
        cache.Add(("text_en", "middle", 1f), Of(300));

        // "used" is taken again, so "old" is now the one used longest ago.
        Assert.True(cache.TryGet(("text_en", "used", 1f), out _));
        cache.Add(("text_en", "new", 1f), Of(300));

        Assert.False(cache.TryGet(("text_en", "old", 1f), out _));
        Assert.True(cache.TryGet(("text_en", "used", 1f), out _));
        Assert.True(cache.TryGet(("text_en", "new", 1f), out _));
        Assert.InRange(cache.Held, 1, 750);
    }

    [Fact]
    public void The_same_word_with_another_boost_is_another_entry_and_adding_a_word_again_counts_it_once()
    {
        var cache = new PostingsCache(capacity: 10_000);
        cache.Add(("text_en", "video", 1f), new TermPostings([1, 2], [0.5f, 0.25f]));
        cache.Add(("text_en", "video", 1.6931472f), new TermPostings([1, 2], [0.8f, 0.4f]));
        cache.Add(("text_en", "video", 1f), new TermPostings([1, 2], [0.5f, 0.25f]));

        Assert.Equal(4, cache.Held);
        Assert.True(cache.TryGet(("text_en", "video", 1.6931472f), out var boosted));
        Assert.Equal([0.8f, 0.4f], boosted.Scores);
    }
}
