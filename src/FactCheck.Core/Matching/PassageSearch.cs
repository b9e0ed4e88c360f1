namespace FactCheck.Core.Matching;

/// <summary>The lexical search of a message's passages, each in its own language, for <see cref="Matcher"/>.</summary>
internal static class PassageSearch
{
    // A message with fewer passages (one sentence: itself and a clause or two) is searched on one thread. From four
    // (two sentences, their pair and the whole) the passages are shared out: at 1,000,000 claims the slowest checks
    // are tweets of 5-11 passages over the 800,000-claim English field, and from 16 they never were (p99 56-70 ms
    // against 47-48 ms from 4, p50 unchanged; bench/README.md).
    private const int ParallelFromPassages = 4;

    // Each passage's lexical candidates and analysed term count. A long message's passages are searched on two threads
    // (each passage's result is the same, and they are used in the passages' order): this halves the wait for a long
    // message on an idle machine, not the CPU it costs, and gains nothing when every core is busy.
    public static (IReadOnlyList<Candidate> Candidates, int TermCount)[] Run(
        ClaimIndex index, MatchingOptions options, IReadOnlyList<Passage> passages, string messageLanguage, CancellationToken cancellationToken)
    {
        var results = new (IReadOnlyList<Candidate>, int)[passages.Count];
        var workers = passages.Count >= ParallelFromPassages ? Math.Clamp(options.PassageSearchThreads, 1, Environment.ProcessorCount) : 1;

        // Longest first, each thread taking the next one left: the whole message sums nearly every posting of the
        // others together, so dealing the passages out in turn (the first, third, fifth... to one thread) often left
        // one thread with most of the work. Which thread searches a passage does not change its result.
        var order = Enumerable.Range(0, passages.Count).OrderByDescending(p => passages[p].Normalized.Length).ToArray();
        var taken = -1;

        // The passages of a message share words: each word's postings are read and scored once for all of them, on each
        // thread. (Not given back after an exception: the garbage collector takes it.)
        void Search(int worker)
        {
            var termScores = index.RentTermScores();
            for (var k = Interlocked.Increment(ref taken); k < order.Length; k = Interlocked.Increment(ref taken))
            {
                var p = order[k];
                cancellationToken.ThrowIfCancellationRequested();
                var candidates = index.Search(passages[p].Normalized, PassageLanguage(passages[p], messageLanguage), options.CandidatesPerPassage, termScores, out var termCount);
                results[p] = (candidates, termCount);
            }

            index.Return(termScores);
        }

        if (workers == 1)
        {
            Search(0);
        }
        else
        {
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, Search);
        }

        return results;
    }

    // A passage is searched among the claims of its own language (a mixed message: each sentence in its own); one too
    // short to show its language takes the message's.
    private static string PassageLanguage(Passage passage, string messageLanguage)
    {
        if (passage.IsWholeMessage)
        {
            return messageLanguage;
        }

        var guess = LanguageGuesser.Guess(passage.Normalized);
        return guess == "und" ? messageLanguage : guess;
    }
}
