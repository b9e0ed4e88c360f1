using FactCheck.Core.Matching;
using FactCheck.Core.Storage;

namespace FactCheck.Core.Tests.Matching;

/// <summary>A message's passages ranked from its words' scores read once give what Lucene's own search gives.</summary>
public sealed class MessageTermScoresTests
{
    [Fact]
    public void Every_passage_gets_the_same_candidates_scores_and_order_as_a_search_of_its_own_over_several_segments_with_deletions()
    {
        // Few distinct words: many claims tie on score, so the order among ties (the lower document first) is tested too.
        var claims = GeneratedEnglishClaims.Make(3000);
        using var live = LiveClaimIndex.InMemory("test");
        var sequence = 0L;
        foreach (var batch in claims.Chunk(1000))
        {
            // Each batch is made searchable on its own: a segment each.
            live.Apply([.. batch.Select(c => new ClaimChange(++sequence, c.Id, c))]);
        }

        // Replaced and deleted claims leave deleted documents behind in the older segments.
        live.Apply([.. claims.Take(200).Select(c => new ClaimChange(++sequence, c.Id, c with { Text = c.Text + " Moscow embassy" }))]);
        live.Apply([.. claims.Skip(500).Take(100).Select(c => new ClaimChange(++sequence, c.Id, null))]);

        using var index = live.Acquire();
        var message = string.Join(' ', claims.Skip(40).Take(12).Select(c => c.Text)) + " Russia Russia Putin says video.";
        var passages = Segmenter.Split(message, 200);
        var scores = index.RentTermScores();
        foreach (var passage in passages)
        {
            var alone = index.Search(passage.Normalized, "en", 20, null, out var aloneTerms);
            var shared = index.Search(passage.Normalized, "en", 20, scores, out var sharedTerms);

            Assert.Equal(aloneTerms, sharedTerms);
            Assert.Equal(alone, shared);
        }

        index.Return(scores);
        Assert.True(passages.Count > 10, "The message splits into many passages.");
    }

    [Theory]
    [InlineData(4, PostingsCache.DefaultCapacity)]
    [InlineData(7, PostingsCache.DefaultCapacity)]
    [InlineData(13, PostingsCache.DefaultCapacity)]
    [InlineData(7, 3000)]
    public void Windows_of_any_size_and_postings_kept_from_an_earlier_message_give_what_a_search_of_its_own_gives(int windowBits, long cachedPostings)
    {
        using var live = LiveClaimIndex.InMemory("test");
        var claims = GeneratedEnglishClaims.Make(3000);
        var sequence = 0L;
        foreach (var batch in claims.Chunk(700))
        {
            live.Apply([.. batch.Select(c => new ClaimChange(++sequence, c.Id, c))]);
        }

        live.Apply([.. claims.Skip(100).Take(300).Select(c => new ClaimChange(++sequence, c.Id, null))]);
        using var index = live.Acquire();

        // Windows of 16 and 128 documents: a query crosses dozens of them, the worst kept score rising on the way.
        // A cache of 3,000 postings forgets words between the passages, and the words are read again.
        var scores = index.NewTermScores(windowBits, cachedPostings);
        var messages = new[]
        {
            string.Join(' ', claims.Skip(7).Take(10).Select(c => c.Text)) + " Russia Putin video.",
            string.Join(' ', claims.Skip(12).Take(6).Select(c => c.Text)) + " Putin says Russia.",
        };
        var compared = 0;
        foreach (var message in messages)
        {
            // The second message repeats words of the first: their postings come from the cache, not the index.
            foreach (var passage in Segmenter.Split(message, 200))
            {
                var alone = index.Search(passage.Normalized, "en", 20, null, out _);
                var shared = index.Search(passage.Normalized, "en", 20, scores, out _);
                Assert.Equal(alone, shared);
                compared++;
            }

            scores.Clear();
        }

        Assert.True(compared > 20, "Both messages split into many passages.");
    }
}
